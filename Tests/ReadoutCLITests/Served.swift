import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `readout serve` on a store, on a free loopback port, for as long as the tests run; asked over real HTTP.
final class Served: Sendable {
    let process: Process
    let base: String

    init(db: String) {
        let p = Process()
        p.executableURL = CLI.binary
        p.arguments = ["serve", "--db", db, "--port", "0"]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try! p.run()
        // The first line says where it listens: "serving PATH at http://127.0.0.1:PORT/".
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            precondition(!chunk.isEmpty, "serve ended before listening")
            line += chunk
        }
        let text = String(decoding: line, as: UTF8.self)
        process = p
        base = String(text[text.range(of: "http://")!.lowerBound...].prefix { !$0.isWhitespace })
        Self.lock.withLock { Self.running.append(p) }
    }

    /// Every server started, stopped when the test process ends.
    private static let lock: NSLock = {
        atexit { Served.lock.withLock { Served.running.forEach { $0.terminate() } } }
        return NSLock()
    }()
    nonisolated(unsafe) private static var running: [Process] = []

    struct Reply { let status: Int; let type: String; let body: String }

    func get(_ path: String, host: String? = nil) throws -> Reply {
        var request = URLRequest(url: URL(string: base + path.dropFirst())!)
        if let host { request.setValue(host, forHTTPHeaderField: "Host") }
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var reply: Reply?
        nonisolated(unsafe) var failure: Error?
        URLSession.shared.dataTask(with: request) { data, response, error in
            if let error { failure = error }
            let http = response as? HTTPURLResponse
            reply = Reply(status: http?.statusCode ?? 0, type: http?.value(forHTTPHeaderField: "Content-Type") ?? "",
                          body: String(decoding: data ?? Data(), as: UTF8.self))
            done.signal()
        }.resume()
        done.wait()
        if let failure { throw failure }
        return reply!
    }
}
