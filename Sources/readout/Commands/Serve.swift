import ArgumentParser
import Foundation
import ReadoutKit
import ReadoutWeb

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve a store as web pages and a JSON API: search, entities, events, articles with every fact marked.",
        discussion: """
        Opens the store read-only and listens on 127.0.0.1 (loopback) unless --host says otherwise; --port 0 takes
        a free port. Prints the address once listening. Pages: / (search), /entity?name=, /event?name=,
        /article?id=, /fact?id=, /graph?name=, /diff?a=&b=; JSON: /api/attendees, /api/trace, /api/show, /api/timeline, /api/triples,
        /api/path (the command line's shapes, with limit and offset).
        Examples:
          readout serve --db readout.sqlite                  (then open http://127.0.0.1:8080/)
          readout serve --db readout.sqlite --port 0         (any free port; the address is printed)
        """
    )

    @Option(help: "The address to listen on (127.0.0.1 keeps the view to this machine).") var host = "127.0.0.1"
    @Option(help: "The port (0: any free one).") var port = 8080
    @OptionGroup var store: StoreOptions

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port is 0 to 65535, not \(port)") }
    }

    func run() throws {
        _ = try store.openForReading()   // a missing or foreign file is one line here, before the server starts
        let path = store.db
        let server = WebServer(path: path, host: host, port: port)
        let finished = DispatchSemaphore(value: 0)
        final class Outcome: @unchecked Sendable { var error: Error? }
        let outcome = Outcome()
        Task {
            do {
                try await server.run { address in FileHandleOutput.stdout("serving \(StoreLocation.isPostgres(path) ? PostgresConnection.withoutPassword(path) : path) at \(address)\n") }
            } catch { outcome.error = error }
            finished.signal()
        }
        finished.wait()
        if let error = outcome.error { throw fail("\(error)") }
    }
}
