/// The word lists a diff reads a report with: policy verbs (policy_verbs.txt), directive modals, speakers' frames and
/// clause leads. Read from the built-in lexicons alone, not through `Lexicons` (whose segmenter a diff does not need).
public struct DirectiveWords: Sendable {
    let policyVerbs: [String]
    let modals: [String]
    let notModals: [String]
    let frames: [String]
    let leads: [String]

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
    }
}
