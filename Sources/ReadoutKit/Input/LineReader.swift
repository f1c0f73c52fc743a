import CZlib
import Foundation

/// Reads a file line by line in bounded memory; gzip files (by their magic bytes) are inflated as they stream.
public final class LineReader {
    private let file: gzFile
    private var buffer: [UInt8] = []
    private var start = 0
    private var eof = false
    public let path: String
    /// Lines longer than this are an error rather than a memory spike.
    public let maxLine: Int

    public init(path: String, maxLine: Int = 64 << 20) throws {
        guard let f = gzopen(path, "rb") else { throw InputError("\(path): cannot open") }
        gzbuffer(f, 1 << 17)
        file = f
        self.path = path
        self.maxLine = maxLine
    }

    deinit { gzclose(file) }

    /// The next line without its line end, or nil at the end of the file.
    public func next() throws -> [UInt8]? {
        while true {
            if let nl = buffer[start...].firstIndex(of: 0x0A) {
                var line = Array(buffer[start..<nl])
                if line.last == 0x0D { line.removeLast() }
                start = nl + 1
                compact()
                return line
            }
            if eof {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                return line
            }
            if buffer.count - start > maxLine { throw InputError("\(path): a line longer than \(maxLine) bytes") }
            try fill()
        }
    }

    private func compact() {
        if start > 1 << 20 { buffer.removeFirst(start); start = 0 }
    }

    private func fill() throws {
        var chunk = [UInt8](repeating: 0, count: 1 << 17)
        let n = chunk.withUnsafeMutableBytes { gzread(file, $0.baseAddress, UInt32($0.count)) }
        if n < 0 {
            var code: Int32 = 0
            let message = gzerror(file, &code).map { String(cString: $0) } ?? "read error"
            throw InputError("\(path): \(message)")
        }
        if n == 0 {
            // A gzip stream cut before its trailer ends like a whole one, but zlib remembers why it stopped.
            var code: Int32 = 0
            let message = gzerror(file, &code).map { String(cString: $0) } ?? ""
            if code != Z_OK { throw InputError("\(path): cut short or damaged (\(message))") }
            eof = true
            return
        }
        buffer.append(contentsOf: chunk[0..<Int(n)])
    }
}
