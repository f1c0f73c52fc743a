import Foundation
import Hummingbird
import HTTPTypes
import NIOCore
import ReadoutKit

/// `readout serve`: the pages and the JSON API over one store, read-only, on a loopback address unless told.
public struct WebServer: Sendable {
    public let path: String
    public let host: String
    public let port: Int

    public init(path: String, host: String, port: Int) { self.path = path; self.host = host; self.port = port }

    /// Serves until stopped; `running` is told the address once the socket is bound (port 0 picks a free one).
    public func run(running: @escaping @Sendable (String) -> Void) async throws {
        let reader = try StoreReader(path: path)
        let router = Router()
        if ["127.0.0.1", "localhost", "::1"].contains(host) { router.add(middleware: LoopbackHosts()) }
        Routes(reader: reader).add(to: router)
        let host = self.host
        let app = Application(router: router, configuration: .init(address: .hostname(host, port: port), serverName: "readout"),
                              onServerRunning: { channel in
                                  let bound = channel.localAddress?.port ?? 0
                                  running("http://\(host.contains(":") ? "[\(host)]" : host):\(bound)/")
                              })
        try await app.runService()
    }
}

/// The routes: pages (HTML) and /api/ (the CLI's JSON shapes), each asking the store through the reader.
struct Routes: Sendable {
    let reader: StoreReader
    /// The longest Graphviz may draw one picture.
    static let graphvizSeconds = 10.0
    /// The most rows one API call or page gives.
    static let maxLimit = 1000

    func add(to router: Router<BasicRequestContext>) {
        let router = PageRouter(router: router)
        router.get("/") { request, _ in
            let q = Self.param(request, "q") ?? "", type = try Self.type(request)
            let offset = try Self.int(request, "offset", default: 0)
            return Self.html(try await reader.read { try SearchPage.render($0, text: q, type: type, offset: offset) })
        }
        router.get("/entity") { request, _ in
            let name = try Self.required(request, "name"), type = try Self.type(request), offset = try Self.int(request, "offset", default: 0)
            let timeline = try Self.int(request, "timeline", default: 0)
            guard let page = try await reader.read({ try EntityPage.render($0, name: name, type: type, offset: offset, timelineOffset: timeline) }) else {
                return try await notFound("no entity named \(name)", suggestionsFor: name)
            }
            return Self.html(page)
        }
        router.get("/event") { request, _ in
            let name = try Self.required(request, "name"), date = Self.param(request, "date")
            do {
                guard let page = try await reader.read({ try EventPage.render($0, name: name, date: date) }) else {
                    return try await notFound("no meeting named \(name)", suggestionsFor: name)
                }
                return Self.html(page)
            } catch let e as PageNotFound { return Self.error(.notFound, e.message) }
        }
        router.get("/article") { request, _ in
            let id = try Self.required(request, "id")
            guard let page = try await reader.read({ graph -> String? in
                try ArticleQuery.document(named: id, in: graph).map { try ArticlePage.render(graph, document: $0) }
            }) else { return Self.error(.notFound, "no article \(id)") }
            return Self.html(page)
        }
        router.get("/fact") { request, _ in
            guard let id = Int64(try Self.required(request, "id")) else { return Self.error(.badRequest, "id is a fact's number") }
            guard let page = try await reader.read({ try FactPage.render($0, id: id) }) else { return Self.error(.notFound, "no fact \(id)") }
            return Self.html(page)
        }
        router.get("/graph") { request, _ in
            let name = try Self.required(request, "name")
            guard let picture = try await reader.read({ try GraphPage.dot($0, name: name).map(Box.init) }) else {
                return try await notFound("no entity named \(name)", suggestionsFor: name)
            }
            // Graphviz runs outside the store's actor: other requests go on while it draws.
            let svg: String
            do { svg = try await offThePool { try Graphviz.svg(picture.value.dot, timeout: Self.graphvizSeconds) } }
            catch { return Self.error(.serviceUnavailable, "the picture could not be drawn: \(error)") }
            return Self.html(GraphPage.render(name: name, picture: picture.value, svg: svg))
        }
        router.get("/diff") { request, _ in
            let a = try Self.required(request, "a"), b = try Self.required(request, "b")
            guard let page = try await reader.read({ graph -> String? in
                guard let x = try ArticleQuery.document(named: a, in: graph), let y = try ArticleQuery.document(named: b, in: graph) else { return nil }
                return try DiffPage.render(graph, a: x, b: y)
            }) else { return Self.error(.notFound, "no article \(a) or \(b)") }
            return Self.html(page)
        }
        API(reader: reader).add(to: router.router)
    }

    func notFound(_ message: String, suggestionsFor name: String) async throws -> Response {
        let near = try await reader.read { try SearchQuery(text: String(name.prefix(2)), limit: 10).run($0) }
        return Self.error(.notFound, message, links: near.compactMap { r in
            r["name"]?.stringValue.map { Layout.entityLink($0, type: r["type"]?.stringValue) }
        })
    }

    // MARK: requests and responses

    /// A query parameter as an HTML form sends it: `+` is a space, the rest percent-decoded (the first of a key).
    static func param(_ request: Request, _ key: String) -> String? { params(request)[key] }

    static func params(_ request: Request) -> [String: String] {
        var out: [String: String] = [:]
        for pair in (request.uri.query ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String { String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(s) }
            let k = decode(parts[0])
            if out[k] == nil { out[k] = parts.count > 1 ? decode(parts[1]) : "" }
        }
        return out
    }

    static func required(_ request: Request, _ key: String) throws -> String {
        guard let v = param(request, key), !v.isEmpty else { throw HTTPError(.badRequest, message: "\(key) is required") }
        return v
    }

    static func int(_ request: Request, _ key: String, default value: Int, max: Int = Int(Int32.max)) throws -> Int {
        guard let text = param(request, key) else { return value }
        guard let n = Int(text), n >= 0, n <= max else { throw HTTPError(.badRequest, message: "\(key) is a number from 0 to \(max)") }
        return n
    }

    static func type(_ request: Request) throws -> EntityType? {
        guard let t = param(request, "type"), !t.isEmpty else { return nil }
        guard let type = EntityType(rawValue: t) else { throw HTTPError(.badRequest, message: "no type \(t)") }
        return type
    }

    static let headers: HTTPFields = [
        .contentType: "text/html; charset=utf-8",
        // Nothing but this server's own pages: no script, no frames, no sniffing a type.
        .contentSecurityPolicy: "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'",
        HTTPField.Name("X-Content-Type-Options")!: "nosniff",
    ]

    static func html(_ page: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: page)))
    }

    static func error(_ status: HTTPResponse.Status, _ message: String, links: [Node] = []) -> Response {
        html(Layout.page("\(status.code) \(status.reasonPhrase)", [.el("p", [], message)] + (links.isEmpty ? [] : [
            .el("p", [], "Did you mean:"), .el("ul", [], links.map { .el("li", [], [$0]) }),
        ])), status: status)
    }
}

/// Adds page routes whose failures are pages too: a bad parameter (400) or a query stopped by the time limit (503)
/// answered with the error page, not the server's bare 500.
struct PageRouter {
    let router: Router<BasicRequestContext>

    func get(_ path: RouterPath, use handler: @escaping @Sendable (Request, BasicRequestContext) async throws -> Response) {
        router.get(path) { request, context in
            do { return try await handler(request, context) }
            catch let e as HTTPError { return Routes.error(e.status, e.body ?? "\(e.status.reasonPhrase)") }
            catch let e as StoreError { return Routes.error(.serviceUnavailable, e.message) }
        }
    }
}

/// A page's subject exists but not what was asked of it (a meeting's instance on a day it has none).
struct PageNotFound: Error { let message: String }

/// On a loopback address, answers only requests addressed to this machine by name or number (Host: 127.0.0.1:PORT,
/// localhost, [::1]): a page of another site that rebinds its name to 127.0.0.1 cannot read the view.
struct LoopbackHosts: RouterMiddleware {
    typealias Context = BasicRequestContext
    static let names: Set<String> = ["127.0.0.1", "localhost", "[::1]"]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let authority = request.head.authority ?? ""
        let host = authority.hasPrefix("[") ? String(authority.prefix { $0 != "]" }) + "]" : String(authority.prefix { $0 != ":" })
        guard Self.names.contains(host.lowercased()) else { return Routes.error(.misdirectedRequest, "this view answers requests to 127.0.0.1 or localhost only") }
        return try await next(request, context)
    }
}

/// A value carried out of the store's queue (a DOT picture: plain strings).
struct Box<T>: @unchecked Sendable { let value: T; init(_ value: T) { self.value = value } }

extension JSONValue {
    var stringValue: String? { if case .string(let s) = self { return s }; return nil }
    var array: [JSONValue]? { if case .array(let a) = self { return a }; return nil }
    var strings: [String] { array?.compactMap(\.stringValue) ?? [] }
}
