import Foundation

/// The word lists a diff reads a report with: policy verbs (policy_verbs.txt), directive modals, speakers' frames and
/// clause leads. Read from the built-in lexicons alone, not through `Lexicons` (whose segmenter a diff does not need).
public struct DirectiveWords: Sendable {
    let policyVerbs: [String]
    let modals: [String]
    let notModals: [String]
    let frames: [String]
    let leads: [String]
    /// Frames that introduce what is called for (directive_frames.txt), and what opens no task (task_not_openers.txt).
    let directiveFrames: [String]
    let notTaskOpeners: [String]
    /// What makes a clause a report of what was done (report_marks.txt: 了) or a statement (statement_marks.txt: 是).
    let reportMarks: [String]
    let statementMarks: [String]
    /// Formulations: the words that end a name (formulation_heads.txt), the characters it never runs back over
    /// (formulation_stops.txt), and the words that end it from before (policy verbs and modals, as scalars).
    let formulationHeads: [String]
    let formulationStops: Set<Unicode.Scalar>
    let formulationNotHeads: [[Unicode.Scalar]]
    let formulationKeptWords: [[Unicode.Scalar]]
    let nameEnders: [[Unicode.Scalar]]
    /// The common verbs and the adverbs of the general vocabulary (general_words.txt): in a sentence that calls for
    /// something, a clause led by a verb (稳定粮食播种面积, 扎实推进共同富裕) is one of the things it calls for.
    let verbs: Set<String>
    let adverbs: Set<String>

    public static let builtIn: DirectiveWords = {
        do { return try DirectiveWords(source: .builtIn) } catch { fatalError("built-in lexicons: \(error)") }
    }()

    init(source: LexiconSource) throws {
        func words(_ name: String) throws -> [String] {
            // Longest first, so a prefix test finds 深入推进 before 推进.
            try LexiconFile.parse(try source.text(name), name: source.path(name)).words.sorted { $0.count > $1.count }
        }
        policyVerbs = try words("policy_verbs.txt")
        modals = try words("directive_modals.txt")
        notModals = try words("not_modals.txt")
        frames = try words("speech_frames.txt")
        leads = try words("clause_leads.txt")
        directiveFrames = try words("directive_frames.txt")
        notTaskOpeners = try words("task_not_openers.txt")
        reportMarks = try words("report_marks.txt")
        statementMarks = try words("statement_marks.txt")
        formulationHeads = try words("formulation_heads.txt")
        formulationNotHeads = try words("formulation_not_heads.txt").map { Array($0.unicodeScalars) }
        formulationKeptWords = try words("formulation_kept_words.txt").map { Array($0.unicodeScalars) }
        formulationStops = Set(try words("formulation_stops.txt").flatMap { $0.unicodeScalars })
        nameEnders = (policyVerbs + modals).map { Array($0.unicodeScalars) }
        (verbs, adverbs) = try Self.verbsAndAdverbs(try source.data("general_words.txt"))
    }

    /// Verbs written at least 100 times in the vocabulary's count (rarer ones are mostly nouns' readings), and adverbs,
    /// read from the bytes (the file has a quarter of a million lines): `word frequency tag` per line.
    static func verbsAndAdverbs(_ data: Data) throws -> (Set<String>, Set<String>) {
        var verbs = Set<String>(), adverbs = Set<String>()
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let b = raw.bindMemory(to: UInt8.self)
            var i = 0
            while i < b.count {
                var e = i
                while e < b.count, b[e] != 0x0A { e += 1 }
                defer { i = e + 1 }
                guard e > i, b[i] != UInt8(ascii: "#") else { continue }
                // The last field is the tag, the one before it the frequency.
                var t = e
                while t > i, b[t - 1] != 0x20 { t -= 1 }
                var f = t - 1
                while f > i, b[f - 1] != 0x20 { f -= 1 }
                guard t > i, f > i else { continue }
                let tag = Array(b[t..<e])
                let isVerb = tag == [0x76] || tag == [0x76, 0x64] || tag == [0x76, 0x69]            // v vd vi
                let isAdverb = tag == [0x64] || tag == [0x61, 0x64]                                 // d ad
                guard isVerb || isAdverb else { continue }
                var frequency = 0
                for k in f..<(t - 1) { frequency = frequency * 10 + Int(b[k] &- 0x30) }
                let word = String(decoding: UnsafeBufferPointer(rebasing: b[i..<(f - 1)]), as: UTF8.self)
                if isVerb, frequency >= 100 { verbs.insert(word) } else if isAdverb { adverbs.insert(word) }
            }
        }
        return (verbs, adverbs)
    }
}
