import Foundation
import Testing

/// Runs the built `readout` binary, as a user would.
enum CLI {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let binary: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for dir in [beside, beside.deletingLastPathComponent(), packageRoot.appendingPathComponent(".build/debug")] {
            let candidate = dir.appendingPathComponent("readout")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return packageRoot.appendingPathComponent(".build/debug/readout")
    }()

    struct Result { let status: Int32; let stdout: String; let stderr: String }

    @discardableResult
    static func run(_ arguments: [String], stdin: Data? = nil, cwd: URL? = nil, environment: [String: String] = [:]) throws -> Result {
        try runProgram(binary, arguments, stdin: stdin, cwd: cwd, environment: environment)
    }

    /// Starts the binary without waiting for it, its stderr discarded: for commands that run at once.
    static func start(_ arguments: [String]) throws -> Process {
        let p = Process()
        p.executableURL = binary
        p.arguments = arguments
        p.standardError = FileHandle.nullDevice
        try p.run()
        return p
    }

    /// `environment` is added to (or overrides) this process's own.
    static func runProgram(_ program: URL, _ arguments: [String], stdin: Data? = nil, cwd: URL? = nil, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        if let cwd { process.currentDirectoryURL = cwd }
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        // Read both pipes while the process runs so a large output cannot block it.
        final class Box: @unchecked Sendable { var data = Data() }
        let outBox = Box()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { outBox.data = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        let outData = outBox.data
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    static func json(_ arguments: [String]) throws -> Any {
        let r = try run(arguments + ["--format", "json"])
        #expect(r.status == 0, "readout \(arguments.joined(separator: " ")): \(r.stderr)")
        return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
    }

    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("readout-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}
