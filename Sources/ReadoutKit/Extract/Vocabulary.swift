import Foundation

/// The kind of a word of the general vocabulary, from its part of speech (general_words.txt, jieba's tags).
public enum WordClass: UInt8, Sendable {
    case noun, verb,
    /// A verb used as a noun (审查, 优化, 建设): a noun in a name (发展改革委员会), a deed alone before a suffix (审查公司).
    verbalNoun, adverb, adjective, pronoun, preposition, conjunction, particle, time, locative, numeral, measure
    /// A place (ns) or another proper noun or abbreviation (nz, j): a name, not a common word.
    case place, proper
    /// Idioms, set phrases and the rest.
    case other
    /// A word a lexicon of Readout's adds (a body, a suffix of bodies, a place): it outranks the general reading.
    case lexicon

    init(tag: Substring) {
        switch tag {
        case "n", "ng", "an", "s", "g", "l", "i": self = .noun
        case "vn": self = .verbalNoun
        case "v", "vd", "vg", "vi", "vq": self = .verb
        case "d", "ad", "dg": self = .adverb
        case "a", "ag", "b", "z", "zg": self = .adjective
        case "r", "rg", "rr", "rz": self = .pronoun
        case "p": self = .preposition
        case "c": self = .conjunction
        case "u", "ud", "ug", "uj", "ul", "uv", "uz", "y", "e", "o": self = .particle
        case "t", "tg": self = .time
        case "f": self = .locative
        case "m", "mq": self = .numeral
        case "q": self = .measure
        case "ns": self = .place
        case "nz", "j", "eng", "x": self = .proper
        default: self = .other
        }
    }
}

/// The general vocabulary: how often each word of one to four characters is written and what kind it is. Looked
/// up by the characters packed into one integer, so a segmentation never builds a string.
public struct Vocabulary: Sendable {
    struct Entry: Sendable { let logFrequency: Float; let kind: WordClass }
    private var entries = PackedTable()
    /// The log of the total frequency: a word's score is its log frequency less this, so fewer words win.
    private(set) var logTotal: Float = 0
    public static let maxLength = 4

    public init() {}

    /// Reads `word frequency tag` lines (general_words.txt); `#` lines are comments. Parsed from the bytes: the
    /// file has a quarter of a million lines and is read at every start.
    public init(contentsOf url: URL) throws {
        guard let data = try? Data(contentsOf: url) else { throw LexiconError(file: url.path, line: 0, message: "cannot read lexicon") }
        try self.init(data: data, name: url.path)
    }

    init(data: Data, name: String) throws {
        var total: Double = 0
        var kinds: [UInt64: WordClass] = [:]
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            entries = PackedTable(capacity: bytes.count / 14)
            var i = 0, line = 0
            while i < bytes.count {
                line += 1
                var e = i
                while e < bytes.count, bytes[e] != 0x0A { e += 1 }
                defer { i = e + 1 }
                if e == i || bytes[i] == UInt8(ascii: "#") { continue }
                func fail() -> LexiconError {
                    LexiconError(file: name, line: line, message: "expected a word of one to four characters, its frequency and its tag")
                }
                // The word: UTF-8 of BMP characters packed 16 bits each.
                var key: UInt64 = 0, count = 0, k = i
                while k < e, bytes[k] != 0x20 {
                    let b = bytes[k]
                    let scalar: UInt32
                    if b < 0x80 { scalar = UInt32(b); k += 1 }
                    else if b & 0xE0 == 0xC0, k + 1 < e { scalar = UInt32(b & 0x1F) << 6 | UInt32(bytes[k + 1] & 0x3F); k += 2 }
                    else if b & 0xF0 == 0xE0, k + 2 < e {
                        scalar = UInt32(b & 0x0F) << 12 | UInt32(bytes[k + 1] & 0x3F) << 6 | UInt32(bytes[k + 2] & 0x3F); k += 3
                    } else { throw fail() }
                    guard count < Self.maxLength else { throw fail() }
                    key |= UInt64(scalar) << (16 * UInt64(count)); count += 1
                }
                guard count > 0, k < e else { throw fail() }
                k += 1
                var frequency = 0
                while k < e, bytes[k] != 0x20 {
                    guard (0x30...0x39).contains(bytes[k]) else { throw fail() }
                    frequency = frequency * 10 + Int(bytes[k] - 0x30); k += 1
                }
                guard frequency > 0, k < e else { throw fail() }
                k += 1
                var tag: UInt64 = 0
                var t = k
                while t < e, bytes[t] != 0x20, bytes[t] != 0x0D, t - k < 8 { tag = tag << 8 | UInt64(bytes[t]); t += 1 }
                let kind: WordClass
                if let known = kinds[tag] { kind = known } else {
                    kind = WordClass(tag: Substring(decoding: UnsafeBufferPointer(rebasing: bytes[k..<t]), as: UTF8.self))
                    kinds[tag] = kind
                }
                if !entries.insert(key, Entry(logFrequency: Float(log(Double(frequency))), kind: kind)) {
                    throw LexiconError(file: name, line: line, message: "duplicate entry")
                }
                total += Double(frequency)
            }
        }
        logTotal = Float(log(max(total, 1)))
    }

    /// Adds the words of Readout's own lexicons (bodies, places) as words of their own kind, as frequent as common
    /// words, unless the vocabulary already knows them.
    mutating func add(_ words: some Sequence<String>, as kind: WordClass) {
        let logFrequency = Float(log(1000.0))
        for w in words {
            guard let key = Self.key(w.unicodeScalars) else { continue }
            _ = entries.insert(key, Entry(logFrequency: logFrequency, kind: kind))
        }
    }

    static func key(_ scalars: some Collection<Unicode.Scalar>) -> UInt64? {
        guard (1...maxLength).contains(scalars.count) else { return nil }
        var key: UInt64 = 0
        for (k, c) in scalars.enumerated() {
            guard c.value < 0x10000 else { return nil }
            key |= UInt64(c.value) << (16 * UInt64(k))
        }
        return key
    }

    func entry(_ text: TextBuffer, _ start: Int, _ end: Int) -> Entry? {
        var key: UInt64 = 0
        for k in start..<end {
            let v = text[k].value
            guard v < 0x10000 else { return nil }
            key |= UInt64(v) << (16 * UInt64(k - start))
        }
        return entries[key]
    }


    /// The kind of text[start..<end] as one word, or nil when the vocabulary does not hold it.
    public func kind(_ text: TextBuffer, _ start: Int, _ end: Int) -> WordClass? {
        guard end > start, end - start <= Self.maxLength else { return nil }
        return entry(text, start, end)?.kind
    }

    /// How often text[start..<end] is written, as a log frequency (nil for no word).
    func logFrequency(_ text: TextBuffer, _ start: Int, _ end: Int) -> Float? {
        guard end > start, end - start <= Self.maxLength else { return nil }
        return entry(text, start, end)?.logFrequency
    }
}

/// An open-addressing table from packed words to their entries: a multiplicative hash and linear probing, where
/// Swift's Dictionary would hash every lookup with SipHash. Keys are never 0 (no word starts with U+0000).
struct PackedTable: Sendable {
    private var keys: [UInt64]
    private var values: [Vocabulary.Entry]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Vocabulary.Entry](repeating: Vocabulary.Entry(logFrequency: 0, kind: .other), count: size)
        mask = size - 1
    }

    @inline(__always) private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask }

    /// Adds the entry unless the key is there already; says whether it was added.
    mutating func insert(_ key: UInt64, _ value: Vocabulary.Entry) -> Bool {
        if (count + 1) * 2 > keys.count { grow() }
        var i = slot(key)
        while keys[i] != 0 {
            if keys[i] == key { return false }
            i = (i + 1) & mask
        }
        keys[i] = key; values[i] = value; count += 1
        return true
    }

    subscript(key: UInt64) -> Vocabulary.Entry? {
        var i = slot(key)
        while keys[i] != 0 {
            if keys[i] == key { return values[i] }
            i = (i + 1) & mask
        }
        return nil
    }

    private mutating func grow() {
        let old = zip(keys, values).filter { $0.0 != 0 }
        self = PackedTable(capacity: keys.count)
        for (k, v) in old { _ = insert(k, v) }
    }
}
