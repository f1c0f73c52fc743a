import Foundation

/// Why a byte sequence could not be read as text.
public enum DecodeError: Error, Equatable, CustomStringConvertible {
    case notText(byte: Int)
    public var description: String {
        switch self { case .notText(let byte): return "not text (byte \(byte))" }
    }
}

/// Turns bytes into a String: UTF-8 first, then GB18030 (which covers GBK and GB2312).
public enum Decoder {
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    public static func decode(_ bytes: [UInt8]) throws -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let nul = body.firstIndex(of: 0) { throw DecodeError.notText(byte: nul) }
        let invalidAt = firstInvalidUTF8(body)
        if invalidAt == nil {
            return String(decoding: body, as: UTF8.self)
        }
        if let text = String(data: Data(body), encoding: gb18030), looksLikeText(text) {
            return text
        }
        throw DecodeError.notText(byte: invalidAt!)
    }

    /// The offset of the first byte that breaks UTF-8, or nil when all of it is valid.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let need: Int
            switch b {
            case 0xC2...0xDF: need = 1
            case 0xE0...0xEF: need = 2
            case 0xF0...0xF4: need = 3
            default: return i
            }
            if i + need >= end { return i }  // truncated sequence
            for k in 1...need where bytes[i + k] & 0xC0 != 0x80 { return i }
            // Overlong and surrogate forms.
            if b == 0xE0 && bytes[i + 1] < 0xA0 { return i }
            if b == 0xED && bytes[i + 1] > 0x9F { return i }
            if b == 0xF0 && bytes[i + 1] < 0x90 { return i }
            if b == 0xF4 && bytes[i + 1] > 0x8F { return i }
            i += need + 1
        }
        return nil
    }

    /// GB18030 maps almost any byte string to something; real text has few control characters.
    static func looksLikeText(_ text: String) -> Bool {
        var control = 0, total = 0
        for s in text.unicodeScalars {
            total += 1
            if s.value < 0x20 && s != "\n" && s != "\r" && s != "\t" { control += 1 }
            if (0xE000...0xF8FF).contains(s.value) { control += 1 } // private use: undecodable in practice
        }
        return total == 0 || control * 50 < total
    }
}
