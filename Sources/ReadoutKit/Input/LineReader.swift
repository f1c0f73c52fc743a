import CZlib
import Foundation

/// Reads a file line by line in bounded memory; gzip files (by their magic bytes) are inflated as they stream.
public final class LineReader {
    private let file: gzFile
    private var buffer: [UInt8] = []
    private var start = 0
    private var eof = false
    public let path: String
    /// What messages call it: its path, or stdin.
    public var name: String { path == "-" ? "stdin" : path }
    /// Lines longer than this are an error rather than a memory spike.
    public let maxLine: Int

    /// `-` reads stdin.
    public init(path: String, maxLine: Int = 64 << 20) throws {
        let opened = path == "-" ? gzdopen(dup(0), "rb") : gzopen(path, "rb")
        guard let f = opened else { throw InputError("\(path == "-" ? "stdin" : path): cannot open") }
        gzbuffer(f, 1 << 17)
        file = f
        self.path = path
        self.maxLine = maxLine
    }

    deinit { gzclose(file) }

    /// Bytes of the file read so far: of the compressed stream, for a gzip file (zlib reads ahead by its buffer).
    public var offset: Int { Int(gzoffset(file)) }

    /// The next line without its line end, or nil at the end of the file; a line longer than `maxLine` is an error.
    public func next() throws -> [UInt8]? {
        guard let (line, endsLine) = try nextPiece(limit: maxLine + 1) else { return nil }
        if !endsLine { throw InputError("\(name): a line longer than \(maxLine) bytes") }
        return line
    }

    /// Where the search for the next line end goes on from: bytes before it were searched already.
    private var searched = 0

    /// The next line without its line end, or, of a line longer than `limit` bytes, the next piece of it: cut after
    /// its last 。 within the limit, or else between two characters. Memory stays bounded by `limit` whatever the
    /// input (a 50 MB line, a stream with no line end).
    public func nextPiece(limit: Int) throws -> (bytes: [UInt8], endsLine: Bool)? {
        while true {
            let window = min(buffer.count, start + limit)
            if let nl = buffer[max(start, searched)..<window].firstIndex(of: 0x0A) {
                var line = Array(buffer[start..<nl])
                if line.last == 0x0D { line.removeLast() }
                start = nl + 1
                searched = start
                compact()
                return (line, true)
            }
            searched = window
            if buffer.count - start >= limit {
                var cut = start + limit
                if let stop = Self.lastFullStop(buffer, start..<cut) { cut = stop } else {
                    while cut > start, buffer[cut] & 0xC0 == 0x80 { cut -= 1 }   // not inside a character
                }
                let piece = Array(buffer[start..<cut])
                start = cut
                searched = start
                compact()
                return (piece, false)
            }
            if eof {
                guard start < buffer.count else { return nil }
                let piece = Array(buffer[start...])
                start = buffer.count
                searched = start
                return (piece, true)
            }
            try fill()
        }
    }

    /// Looks ahead without consuming anything: the first line that is not blank, from its first byte that is
    /// not, when that byte is `{` and the line ends within `maxLine`; nil otherwise (and at once when the byte
    /// is another). What it reads stays for `next` and `nextPiece`.
    public func peekObjectLine() throws -> [UInt8]? {
        var k = start
        while true {
            while k < buffer.count, [0x20, 0x09, 0x0D, 0x0A].contains(buffer[k]) { k += 1 }
            if k < buffer.count { break }
            if eof { return nil }
            try fill()
        }
        guard buffer[k] == UInt8(ascii: "{") else { return nil }
        var searchedTo = k
        while true {
            if let nl = buffer[searchedTo...].firstIndex(of: 0x0A) { return Array(buffer[k..<nl]) }
            searchedTo = buffer.count
            if eof { return Array(buffer[k...]) }
            if buffer.count - k > maxLine { return nil }
            try fill()
        }
    }

    /// The rest of the input, bytes as they are.
    public func readToEnd() throws -> [UInt8] {
        while !eof { try fill() }
        let rest = Array(buffer[start...])
        start = buffer.count
        searched = start
        return rest
    }

    /// The index just after the last 。 (E3 80 82 in UTF-8) in `range`.
    static func lastFullStop(_ bytes: [UInt8], _ range: Range<Int>) -> Int? {
        var k = range.upperBound - 3
        while k >= range.lowerBound {
            if bytes[k] == 0xE3, bytes[k + 1] == 0x80, bytes[k + 2] == 0x82 { return k + 3 }
            k -= 1
        }
        return nil
    }

    private func compact() {
        if start > 1 << 20 { buffer.removeFirst(start); searched -= start; start = 0 }
    }

    private func fill() throws {
        var chunk = [UInt8](repeating: 0, count: 1 << 17)
        let n = chunk.withUnsafeMutableBytes { gzread(file, $0.baseAddress, UInt32($0.count)) }
        if n < 0 {
            var code: Int32 = 0
            let message = gzerror(file, &code).map { String(cString: $0) } ?? "read error"
            throw InputError("\(name): \(message)")
        }
        if n == 0 {
            // A gzip stream cut before its trailer ends like a whole one, but zlib remembers why it stopped.
            var code: Int32 = 0
            let message = gzerror(file, &code).map { String(cString: $0) } ?? ""
            if code != Z_OK { throw InputError("\(name): cut short or damaged (\(message))") }
            eof = true
            return
        }
        buffer.append(contentsOf: chunk[0..<Int(n)])
    }
}
