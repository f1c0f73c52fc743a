import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs Graphviz's `dot` when it is installed; a clear error when it is not.
///
/// Graphviz is run safely: in a process group of its own, so that stopping it stops whatever it started; its
/// messages passed on to stderr, each line prefixed `graphviz: `; stopped after a time limit; and stopped when
/// readout is interrupted (SIGINT, SIGTERM, SIGHUP), so it never outlives readout.
public enum Graphviz {
    public static let defaultTimeout = 60.0

    static func executable() -> String? {
        if let chosen = ProcessInfo.processInfo.environment["READOUT_GRAPHVIZ"] {
            return FileManager.default.isExecutableFile(atPath: chosen) ? chosen : nil
        }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/usr/local/bin"
        for dir in path.split(separator: ":") + ["/usr/bin", "/usr/local/bin"] {
            let candidate = "\(dir)/dot"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    public static func render(_ dot: String, format: String, to output: String, timeout: Double = defaultTimeout) throws {
        guard let exe = executable() else {
            throw StoreError("Graphviz is not installed (no `dot` on PATH); install it (apt-get install graphviz fonts-noto-cjk) or write DOT without --render")
        }
        let command = "dot -T\(format)"
        // A Graphviz that exits before reading all its input must not kill readout with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        // The handlers are in place before Graphviz starts, so no interruption can leave it running.
        let running = Running()
        let signals = [SIGINT, SIGTERM, SIGHUP]
        let sources = signals.map { number -> DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if let child = running.interrupt() {
                    child.stop()
                    _ = child.wait(seconds: 2)   // reaped, not left a zombie
                }
                FileHandle.standardError.write(Data(("error: interrupted; \(command) stopped\n").utf8))
                exit(128 + number)
            }
            source.resume()
            return source
        }
        defer { for (source, number) in zip(sources, signals) { source.cancel(); signal(number, SIG_DFL) } }
        let child = try Child(exe, ["-T\(format)", "-o", output])
        running.started(child)

        let done = DispatchGroup()
        // DOT goes in from one thread and Graphviz's messages come out on another, so neither can block the clock.
        DispatchQueue.global().async(group: done) { child.write(Data(dot.utf8)) }
        DispatchQueue.global().async(group: done) { child.forwardErrors { FileHandle.standardError.write(Data("graphviz: \(TerminalText.escaped($0))\n".utf8)) } }
        let status = child.wait(seconds: timeout)
        // Interrupted: the signal's handler reports it and exits; this thread only waits for that.
        while running.interrupted { sleep(1) }
        guard let status else {
            child.stop()
            _ = child.wait(seconds: 5)
            _ = done.wait(timeout: .now() + 5)   // its last messages before our error
            throw StoreError("\(command) did not finish within \(Self.seconds(timeout)) and was stopped; draw less (--focus NAME --depth 1, a smaller --max-nodes or --per-group) or allow more time (--timeout SECONDS)")
        }
        _ = done.wait(timeout: .now() + 5)
        guard status == 0 else {
            throw StoreError("\(command) failed (\(status > 0 ? "exit status \(status)" : "signal \(-status)")); its messages are above, prefixed graphviz:")
        }
    }

    /// DOT drawn as SVG, for a server: no signal handlers (the server's own stand), Graphviz in its own process
    /// group, stopped after `timeout` seconds; its messages are dropped.
    public static func svg(_ dot: String, timeout: Double) throws -> String {
        guard let exe = executable() else { throw StoreError("Graphviz is not installed (no `dot` on PATH)") }
        signal(SIGPIPE, SIG_IGN)
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("readout-\(UUID().uuidString).svg")
        defer { try? FileManager.default.removeItem(at: output) }
        let child = try Child(exe, ["-Tsvg", "-o", output.path])
        let done = DispatchGroup()
        DispatchQueue.global().async(group: done) { child.write(Data(dot.utf8)) }
        DispatchQueue.global().async(group: done) { child.forwardErrors { _ in } }
        guard let status = child.wait(seconds: timeout) else {
            child.stop()
            _ = child.wait(seconds: 5)
            throw StoreError("Graphviz did not finish within \(seconds(timeout))")
        }
        _ = done.wait(timeout: .now() + 5)
        guard status == 0 else { throw StoreError("Graphviz failed (\(status > 0 ? "exit status \(status)" : "signal \(-status)"))") }
        return String(decoding: try Data(contentsOf: output), as: UTF8.self)
    }

    static func seconds(_ s: Double) -> String { s == s.rounded() ? "\(Int(s)) s" : "\(s) s" }

    /// The Graphviz being run, and whether readout has been interrupted (then the signal's handler stops it).
    final class Running: @unchecked Sendable {
        private let lock = NSLock()
        private var child: Child?
        private var wasInterrupted = false

        var interrupted: Bool { lock.lock(); defer { lock.unlock() }; return wasInterrupted }

        /// Records the child, or stops it at once if readout was interrupted while it was starting.
        func started(_ child: Child) {
            lock.lock(); self.child = child; let late = wasInterrupted; lock.unlock()
            if late { child.stop() }
        }

        /// Marks readout interrupted; the child to stop, if it has started.
        func interrupt() -> Child? {
            lock.lock(); defer { lock.unlock() }
            wasInterrupted = true
            return child
        }
    }

    /// A child process in a process group of its own, its stdin and stderr piped to us.
    final class Child: @unchecked Sendable {
        let pid: pid_t
        let input: Int32, errors: Int32
        private let exited = DispatchSemaphore(value: 0)
        private let lock = NSLock()
        private var status: Int32?

        init(_ path: String, _ arguments: [String]) throws {
            var inPipe: [Int32] = [0, 0], errPipe: [Int32] = [0, 0]
            guard pipe(&inPipe) == 0, pipe(&errPipe) == 0 else { throw StoreError("cannot run Graphviz: \(String(cString: strerror(errno)))") }
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_adddup2(&actions, inPipe[0], 0)
            posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
            for fd in inPipe + errPipe { posix_spawn_file_actions_addclose(&actions, fd) }
            var attributes = posix_spawnattr_t()
            posix_spawnattr_init(&attributes)
            defer { posix_spawnattr_destroy(&attributes) }
            posix_spawnattr_setpgroup(&attributes, 0)
            // Signals readout ignores while Graphviz runs are the defaults again in Graphviz.
            var defaults = sigset_t(), mask = sigset_t()
            sigemptyset(&defaults); sigemptyset(&mask)
            for s in [SIGPIPE, SIGINT, SIGTERM, SIGHUP] { sigaddset(&defaults, s) }
            posix_spawnattr_setsigdefault(&attributes, &defaults)
            posix_spawnattr_setsigmask(&attributes, &mask)
            posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
            let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
            defer { argv.forEach { free($0) } }
            var pid: pid_t = 0
            let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
            close(inPipe[0]); close(errPipe[1])
            guard spawned == 0 else {
                close(inPipe[1]); close(errPipe[0])
                throw StoreError("cannot run Graphviz (\(path)): \(String(cString: strerror(spawned)))")
            }
            self.pid = pid; input = inPipe[1]; errors = errPipe[0]
            DispatchQueue.global().async { [self] in
                var raw: Int32 = 0
                while waitpid(self.pid, &raw, 0) == -1 && errno == EINTR {}
                // Exit status, or minus the signal that ended it.
                let code = raw & 0x7f == 0 ? (raw >> 8) & 0xff : -(raw & 0x7f)
                lock.lock(); status = code; lock.unlock()
                exited.signal()
            }
        }

        /// Writes all of `data` to the child's stdin and closes it; stops early if the child stops reading.
        func write(_ data: Data) {
            data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
                var offset = 0
                while offset < bytes.count {
                    let n = writeBytes(input, bytes.baseAddress! + offset, bytes.count - offset)
                    if n < 0 { if errno == EINTR { continue }; break }
                    offset += n
                }
            }
            close(input)
        }

        /// Passes on each line the child writes to stderr, until it closes it.
        func forwardErrors(_ line: (String) -> Void) {
            var pending = Data()
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = read(errors, &buffer, buffer.count)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                pending.append(contentsOf: buffer[0..<n])
                while let newline = pending.firstIndex(of: 0x0A) {
                    line(String(decoding: pending[pending.startIndex..<newline], as: UTF8.self))
                    pending = Data(pending[(newline + 1)...])
                }
            }
            if !pending.isEmpty { line(String(decoding: pending, as: UTF8.self)) }
            close(errors)
        }

        /// The child's exit status (minus the signal that ended it), or nil if it is still running after `seconds`.
        func wait(seconds: Double) -> Int32? {
            guard exited.wait(timeout: .now() + seconds) == .success else { return nil }
            exited.signal()
            lock.lock(); defer { lock.unlock() }
            return status
        }

        /// Kills the child and everything in its process group.
        func stop() { kill(-pid, SIGKILL) }
    }
}

/// The system's write(2), by a name the child's own `write` does not hide.
private func writeBytes(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int { write(fd, bytes, count) }
