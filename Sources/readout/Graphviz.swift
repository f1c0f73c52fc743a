import Foundation
import ReadoutKit

/// Runs Graphviz's `dot` when it is installed; a clear error when it is not.
enum Graphviz {
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

    static func render(_ dot: String, format: String, to output: String) throws {
        guard let exe = executable() else {
            throw StoreError("Graphviz is not installed (no `dot` on PATH); install it (apt-get install graphviz fonts-noto-cjk) or write DOT without --render")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: exe)
        process.arguments = ["-T\(format)", "-o", output]
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(dot.utf8))
        try input.fileHandleForWriting.close()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw StoreError("dot -T\(format) failed: \(message.split(separator: "\n").first ?? "")")
        }
    }
}
