import Foundation
import Hummingbird
import ReadoutKit

/// /api/: the command line's JSON answers (attendees, trace, show, timeline, triples, path), paged with `limit`
/// (at most 1000, 100 unless told) and `offset`; errors as {"error": …} with their status.
struct API: Sendable {
    let reader: StoreReader

    func add(to router: Router<BasicRequestContext>) {
        // A whole store's attendees or trees would be one answer of a million rows: a meeting or a document is asked for.
        route(router, "attendees", needsOne: ["meeting", "document"]) { r, g, _ in
            try AttendeesQuery(meeting: r.get("meeting"), document: r.get("document")).run(g)
        }
        route(router, "trace", needsOne: ["name", "document"]) { r, g, _ in
            try OutlineTrace.forest(name: r.get("name"), document: r.get("document"), from: nil, to: nil, in: g)
        }
        route(router, "show", needs: "name") { r, g, need in
            try g.requireKnown(r.get("name")!)
            return try ShowQuery(name: r.get("name")!, limit: need).run(g)
        }
        route(router, "timeline", needs: "name") { r, g, need in
            try g.requireKnown(r.get("name")!, types: [.person], kind: "person")
            return try TimelineQuery(name: r.get("name")!, limit: need).run(g)
        }
        route(router, "triples") { r, g, need in
            try TriplesQuery(subject: r.get("subject"), predicate: r.get("predicate"), object: r.get("object"), limit: need).run(g)
        }
        route(router, "path", needs: "from", "to") { r, g, _ in
            try g.requireKnown(r.get("from")!)
            try g.requireKnown(r.get("to")!)
            return try Walks(graph: g).paths(from: r.get("from")!, to: r.get("to")!, maxDepth: 4).map { JSONValue.array($0) }
        }
        router.get("/api/**") { _, _ in Self.json(.object([("error", .string("no such API; see /api/attendees, trace, show, timeline, triples, path"))]), status: .notFound) }
    }

    /// A route whose answer is a list, paged.
    private func route(_ router: Router<BasicRequestContext>, _ name: String, needs keys: String..., needsOne either: [String] = [],
                       answer: @escaping @Sendable (QueryParams, Graph, Int) throws -> [JSONValue]) {
        router.get("/api/\(name)") { request, _ in
            let params = QueryParams(request)
            for k in keys where (params.get(k) ?? "").isEmpty { return Self.json(.object([("error", .string("\(k) is required"))]), status: .badRequest) }
            if !either.isEmpty && either.allSatisfy({ params.get($0) == nil }) {
                return Self.json(.object([("error", .string(either.joined(separator: " or ") + " is required"))]), status: .badRequest)
            }
            do {
                let limit = try Routes.int(request, "limit", default: 100, max: Routes.maxLimit), offset = try Routes.int(request, "offset", default: 0)
                guard limit >= 1 else { return Self.json(.object([("error", .string("limit is at least 1"))]), status: .badRequest) }
                let rows = try await reader.read { try answer(params, $0, offset + limit) }
                return Self.json(.array(Array(rows.dropFirst(offset).prefix(limit))))
            } catch let e as NotFound {
                return Self.json(.object([("error", .string(e.description))]), status: .notFound)
            } catch let e as StoreError {
                return Self.json(.object([("error", .string(e.message))]), status: .serviceUnavailable)
            } catch let e as HTTPError {
                return Self.json(.object([("error", .string(e.body ?? e.status.reasonPhrase))]), status: e.status)
            }
        }
    }

    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: value.serialized(pretty: false) + "\n")))
    }
}

/// A request's query parameters, Sendable, empty values as absent.
struct QueryParams: Sendable {
    let values: [String: String]
    init(_ request: Request) {
        var v: [String: String] = [:]
        for (k, value) in Routes.params(request) where !value.isEmpty { v[k] = value }
        values = v
    }
    func get(_ key: String) -> String? { values[key] }
}
