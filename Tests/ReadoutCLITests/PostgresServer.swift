import Foundation
import Testing
@testable import ReadoutKit

/// A PostgreSQL server for the tests: the one READOUT_TEST_POSTGRES names (`.ci/run` starts one with
/// scripts/pg-cluster), else a throwaway cluster started here the same way and stopped when the tests end. Each test
/// makes a database of its own.
enum PostgresServer {
    /// postgresql://user@host:port, without a database; or why there is none.
    static let base: Result<String, StoreError> = {
        if let url = ProcessInfo.processInfo.environment["READOUT_TEST_POSTGRES"], !url.isEmpty {
            return .success(url.hasSuffix("/") ? String(url.dropLast()) : url)
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("readout-pg-\(UUID().uuidString)")
        let script = CLI.packageRoot.appendingPathComponent("scripts/pg-cluster")
        var failure = ""
        for port in (0..<5).map({ _ in Int.random(in: 40000..<60000) }) {
            guard let r = try? cluster(script, ["start", dir.path, String(port)]) else { continue }
            if r.status == 0 {
                atexit {
                    _ = try? PostgresServer.cluster(CLI.packageRoot.appendingPathComponent("scripts/pg-cluster"), ["stop", started!])
                    try? FileManager.default.removeItem(atPath: started!)
                }
                started = dir.path
                let url = r.output.trimmingCharacters(in: .whitespacesAndNewlines)
                return .success(String(url[..<url.range(of: "/", options: .backwards)!.lowerBound]))
            }
            failure = r.output
            if failure.contains("not found") { break }
        }
        return .failure(StoreError("no PostgreSQL server for the tests (set READOUT_TEST_POSTGRES, or apt-get install postgresql): \(failure)"))
    }()
    nonisolated(unsafe) private static var started: String?

    /// Runs scripts/pg-cluster through the shell with its output in a file, and waits for it with waitpid: the server
    /// it starts keeps what it inherits open (a pipe would never end), and this runs inside a static's initialiser,
    /// where Foundation's Process was seen never to learn that its child ended.
    static func cluster(_ script: URL, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("readout-pg-\(UUID().uuidString).log")
        defer { try? FileManager.default.removeItem(at: log) }
        let quoted = ([script.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let argv = ["/bin/sh", "-c", "PG_FSYNC=off " + quoted + " </dev/null >'\(log.path)' 2>&1"]
        var cargs = argv.map { strdup($0) } + [nil]
        defer { cargs.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/bin/sh", nil, nil, &cargs, environ) == 0 else { throw StoreError("cannot run \(script.path)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return (exit, (try? String(contentsOf: log, encoding: .utf8)) ?? "")
    }

    /// A new empty database; its URL. On a server the tests did not start (READOUT_TEST_POSTGRES) it is dropped when
    /// the tests end; a cluster they started goes whole.
    static func database() throws -> String {
        let base = try base.get()
        let name = "readout_test_\(UUID().uuidString.prefix(8).lowercased())"
        try PostgresConnection(url: base + "/postgres").execute("CREATE DATABASE \(name)")
        if started == nil {
            madeLock.lock()
            if made.isEmpty { atexit { PostgresServer.dropMade() } }
            made.append(name)
            madeLock.unlock()
        }
        return base + "/" + name
    }

    nonisolated(unsafe) private static var made: [String] = []
    private static let madeLock = NSLock()

    /// Drops the databases made on a server the tests did not start (WITH (FORCE), PostgreSQL 13 or later: a store
    /// still open in this process is closed by the server; on an older server they stay).
    private static func dropMade() {
        guard case .success(let base) = base, let server = try? PostgresConnection(url: base + "/postgres") else { return }
        for name in made { try? server.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
    }
}
