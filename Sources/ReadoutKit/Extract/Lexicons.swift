import Foundation

/// A lexicon file that could not be read: names the file and line.
public struct LexiconError: Error, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let message: String
    public var description: String { "\(file):\(line): \(message)" }
}

/// One lexicon file: its entries, each a row of tab-separated fields with the line it came from.
public struct LexiconFile: Sendable {
    public let name: String
    public let rows: [(fields: [String], line: Int)]

    /// Parses `# comment` lines, blank lines, and rows of `fields` tab-separated values (or whitespace-separated words when `fields` is 1).
    public static func parse(_ content: String, name: String, fields: ClosedRange<Int> = 1...1) throws -> LexiconFile {
        var rows: [(fields: [String], line: Int)] = []
        var seen: [String: Int] = [:]
        for (k, raw) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = k + 1
            let text = raw.trimmingCharacters(in: .whitespaces)
            if text.isEmpty || text.hasPrefix("#") { continue }
            let parts: [String]
            if fields.upperBound == 1 {
                parts = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
                for p in parts {
                    if let first = seen[p] { throw LexiconError(file: name, line: line, message: "duplicate entry '\(p)' (first on line \(first))") }
                    seen[p] = line
                    rows.append(([p], line))
                }
                continue
            }
            parts = text.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.contains(parts.count) else {
                throw LexiconError(file: name, line: line, message: "expected \(fields.lowerBound)…\(fields.upperBound) tab-separated fields, found \(parts.count)")
            }
            if parts.contains(where: \.isEmpty) { throw LexiconError(file: name, line: line, message: "empty field") }
            if let first = seen[parts[0]] { throw LexiconError(file: name, line: line, message: "duplicate entry '\(parts[0])' (first on line \(first))") }
            seen[parts[0]] = line
            rows.append((parts, line))
        }
        return LexiconFile(name: name, rows: rows)
    }

    public var words: [String] { rows.map { $0.fields[0] } }
}

/// A verb that puts a person at a meeting, and how to read it.
public struct AttendanceVerb: Sendable {
    public enum Kind: String, Sendable { case attend, speech, remark, report, greeting }
    public let verb: String
    public let role: String
    public let predicate: String
    public let kind: Kind
}

/// What a word of a farewell to the dead does (farewell_words.txt).
public enum FarewellKind: String, Sendable, CaseIterable {
    case farewell, join
}

/// What a word of an arrival on a visit does (arrival_words.txt).
public enum ArrivalKind: String, Sendable, CaseIterable {
    case arrive, greeted, greet, companions
    /// Where the place of an arrival ends; not a trigger.
    case placeEnd = "place_end"
    /// A word that stands for a place named elsewhere (这里); not a trigger.
    case noPlace = "no_place"
    /// What a venue's name ends in (宴会厅, 现场, 官邸): an arrival there is a moment of the event held there; not a trigger.
    case venue
}

/// What a word of a meeting between leaders does (encounter_words.txt).
public enum EncounterKind: String, Sendable, CaseIterable {
    case meet, talks, ceremony, accompanied, join, accompany
    /// Where a guest's phrase ends (率领的代表团, 一行); not a trigger.
    case guestEnd = "guest_end"
}

/// Every word list the rules read, loaded once and validated. Users extend the files; rules never name facts.
/// A class: rules and name readers share one copy instead of copying every table.
/// Adding a list is adding its file and the line that loads it into a property here.
public final class Lexicons: Sendable {
    public let surnames: ScalarSet
    public let compoundSurnames: Trie
    public let titles: Trie          // reversed: matches a title word ending at a position
    public let titlesForward: Trie
    public let titlesAfterName: Trie
    public let titleCompounds: Trie
    public let titleModifiers: Trie
    public let foreignTitles: Trie   // reversed
    public let groupHeads: Trie      // reversed
    public let nameFollowers: Trie
    public let notNames: Trie
    /// Words whose last character is also a surname (时任, 出席, 了解): no name starts at it.
    public let surnameWordEnds: Trie   // reversed
    public let orgSuffixes: Trie     // reversed
    public let organizations: [String: String]   // alias or canonical → canonical
    public let organizationAliases: [String: [String]]   // canonical → its short forms
    public let organizationTrie: Trie
    public let organizationsEnding: Trie   // reversed
    public let attendance: [String: AttendanceVerb]
    public let attendanceTrie: Trie
    /// Words between the people and the verb (reversed), what may follow the verb as its meeting, list leads.
    public let attendanceFillers: Trie
    /// Words that deny the verb of attendance after them (没有, 未能): attendance_negations.txt.
    public let attendanceNegations: Trie   // reversed
    public let meetingObjects: Trie
    public let attendanceLeads: Trie
    public let meetingWords: Trie    // reversed
    public let chrome: [String]
    /// Ends of a last line that is article text though it lacks its full stop: unpunctuated_ends.txt.
    public let unpunctuatedEnds: [String]
    public let statisticWords: Trie
    public let statisticDeeds: Trie
    public let units: Trie
    /// Words that begin with a unit but are none (部队): a number before them is no figure.
    public let unitCompounds: Trie
    public let statisticPrefixes: Trie
    public let statisticStops: Trie
    public let statisticAdverbs: Trie   // reversed
    public let statisticHeads: Trie   // reversed
    public let statisticScopeWords: Trie   // reversed
    public let statisticLocationEnds: Trie
    public let policyVerbs: Trie
    /// Verbs of a deed done by a place, after it in running text (广东加快方舱医院): clause_verbs.txt.
    public let clauseVerbs: Trie
    /// Words after a body's suffix that go on to a body it holds (附属, 直属): body_links.txt.
    public let bodyLinks: Trie
    public let places: [String: String]
    /// The places of two characters or more, longest first (then by name): the order a venue is looked for
    /// inside a longer place name, the same on every run.
    public let venuesLongestFirst: [(venue: String, city: String)]
    /// Countries, regions and cities of the world, matched ending at a position (席美国 ends in one).
    public let foreignPlaces: Trie   // reversed
    public let foreignPlacesForward: Trie
    /// Countries and regions, without the cities of foreign_cities.txt.
    public let foreignCountries: Trie
    public let chinaPlaces: Trie
    /// Characters of transliterated foreign names.
    public let transliteration: ScalarSet
    /// Characters that end no given name in running text (NameReader), and those that close no name at all.
    public let notGivenCharacters: ScalarSet
    public let notLastCharacters: ScalarSet
    /// NAME → (clue, distinct name) pairs: people who share a name, told apart by a word of their article.
    public let personDistinctions: [String: [(clue: String, name: String)]]
    public let mechanismVerbs: Trie
    public let timeWords: Trie
    public let notOrgEndings: Trie   // reversed
    /// Verbs after which a body's name or a title starts (他希望曙光公司), and category words that make no name (当地党委).
    public let verbsBeforeName: Trie
    public let verbsBeforeNameEnding: Trie   // reversed
    /// Words before a name that only one naming a body by itself follows (words_before_named_body.txt), reversed.
    public let wordsBeforeNamedBodyEnding: Trie
    public let genericBodies: Trie
    /// Words that make a kind of body of what follows (一些, 多家, 当地): OrganizationRule.
    public let bodyDeterminers: Trie
    public let bodyCounters: Trie
    /// Words that tie a phrase starting with 华 to China (在华, 对华): OrganizationRule.
    public let chinaRelationWords: Trie
    /// Suffixes of bodies a place has many of (公司, 企业), and the words of size or kind that keep a place and one of them
    /// a kind (美国大公司): OrganizationRule.
    public let placeKinds: Trie
    public let placeKindWords: Trie
    public let foreignPlaceKinds: Trie
    public let joiningVerbs: Trie
    public let nameInnerWords: Trie
    public let bodyHeads: Trie
    /// Heads of names that start a body even inside a phrase (inner_body_heads.txt).
    public let innerBodyHeads: Trie
    /// Words that join an item to a list of people (list_joiners.txt).
    public let listJoiners: Trie
    /// Titles of one holder at a time (one_holder_titles.txt) and words of many people (many_words.txt): groups.
    public let oneHolderTitles: Set<String>
    public let manyWords: Trie
    /// Words after a name that make it describe a group (name_modifier_followers.txt).
    public let nameModifierFollowers: Trie
    /// Words that lead to the place between people and their verb (place_leads.txt): AttendanceRule.subjectRegion.
    public let placeLeads: Trie
    /// Words that make 在主持…时 describe a cited speech (cited_during_marks.txt): AttendanceRule.attend.
    public let citedDuringMarks: [String]
    public let decisionVerbs: [String]
    public let ceremonyDeeds: [String]
    public let purposeLeads: [String]
    public let subsidiaryWords: [String]
    public let datelineWords: [String]
    public let meetingAftermath: [String]
    /// Words that open a sentence recalling an earlier event (recall_openers.txt): EncounterRule.
    public let recallOpeners: Trie
    /// Words before a verb of attendance that say people did it together (together_words.txt): AttendanceRule.attend.
    public let togetherWords: [String]
    /// Words between the leader of a party met and the party (party_leader_leads.txt): EncounterRule.guests.
    public let partyLeaderLeads: [String]
    /// Words that lead to the place of an inspection tour (tour_leads.txt): InspectionRule.
    public let tourLeads: [String]
    /// Verbs of an event's hosts before 的 (host_verbs.txt, reversed): MeetingRule.
    public let hostVerbs: Trie
    /// Words that praise what was held (event_praise_words.txt): EncounterRule.ceremony.
    public let eventPraiseWords: Trie
    /// Verbs a meeting's name never runs back over (name_stop_verbs.txt, reversed): MeetingRule.nameStart.
    public let nameStopVerbs: Trie
    /// Suffixes that are also words of a clause (bound_suffixes.txt).
    public let boundSuffixes: Trie
    /// Suffixes of the departments every place has (trade_bureau_suffixes.txt).
    public let tradeBureauSuffixes: ScalarSet
    /// Title words that make their holder the head of the body (书记, 部长): TitleFacts.
    public let headTitles: Set<String>
    /// First characters of local short forms of bodies (省委, 区法院): TitleFacts.
    public let localHeads: ScalarSet
    public let localBodyWords: Trie
    public let aboveEventKinds: Set<String>
    /// Single characters that go from the front of a statistic's subject (在, 与, 了): StatisticRule.
    public let subjectFrontCharacters: ScalarSet
    /// Words that make common words one body's name (中央音乐学院, 联邦破产法院): BodyNameWords.
    public let bodyNameMarks: Trie
    /// Words that describe a body before its name (美国智库布鲁金斯学会): BodyNameWords.
    public let bodyDescriptors: Trie
    public let clauseAdverbs: Trie
    public let greetingGivers: Trie
    public let statisticDaySpans: Trie
    public let tradeWords: Trie
    public let categoryHeads: Trie
    /// Suffixes of bodies named by a place or a proper name (公司, 大学, 党委): BodyNameWords.
    public let kindHeads: Trie
    public let kindDescriptions: Trie
    public let visitKinds: Trie
    public let visitTimeWords: Trie
    public let sentWords: Trie
    public let guestLeads: Trie   // reversed
    public let deedKindHeads: Trie
    /// Suffixes of bodies named by what they do, one to a state (function_heads.txt, reversed): OrganizationRule.
    public let functionHeads: Trie
    /// Measure words of the parties a body is named by the number of (party_counters.txt): BodyNameWords.nameOne.
    public let partyCounters: ScalarSet
    public let genericBodyPhrases: Trie   // reversed
    public let appointmentVerbs: [String]
    public let instructionVerbs: [String]
    public let meetingVerbs: [String]
    /// Verbs after which only an ordinal session names an event (进行第二次专题学习): session_verbs.txt.
    public let sessionVerbs: [String]
    public let goalMarkers: [String]
    /// How a text states a goal (以…为目标, 努力实现…): goal_frames.txt.
    public let goalFrames: [GoalFrame]
    /// What a 以…为X clause opening an outline heading frames it as (抓手, 载体): framing_heads.txt.
    public let framingHeads: [String]
    /// Words before a task's verb in a clause (要, 必须): task_leads.txt.
    public let taskLeads: [String]
    /// What an aim ends in (发展, 振兴, 安全): aim_words.txt, reversed.
    public let aimWords: Trie
    /// Words no aim opens with (把, 经过, 到): goal_not_openers.txt.
    public let goalNotOpeners: Trie
    /// Adverbs a task's name may open with before its verb (大力, 切实): task_adverbs.txt.
    public let taskAdverbs: [String]
    public let mechanismAdverbs: [String]
    public let attendanceFirstVerbs: [String]
    public let talkWords: Trie
    /// Ceremonies that open or close an event (开幕式, 结业式): event_parts.txt.
    public let eventParts: Set<String>
    /// Words that refer to whatever event was reported before them (活动, 考察活动): generic_event_words.txt.
    public let genericEventWords: Set<String>
    /// Words before a meeting word that leave an event's name generic (欢迎, 中外媒体, 专题): generic_event_modifiers.txt.
    public let genericEventModifiers: Trie
    /// Verbs between the parties of talks and 会谈 (举行, 进行了): held_verbs.txt.
    public let heldVerbs: [String]
    /// Words that end a party met but not named person by person (代表团, 团队代表): guest_parties.txt, matched backwards.
    public let guestParties: Trie
    /// Words that make an event spoken of, not reported (提议召开…, 将于…举行): event_hedges.txt.
    public let eventHedges: Trie
    /// Verbs of an inspection tour (inspection_verbs.txt), and the words after them that make a noun (inspection_nouns.txt).
    public let inspectionVerbs: Trie
    public let inspectionNouns: Trie
    /// Tour verbs that may take what is toured as their object (inspection_object_verbs.txt).
    public let inspectionObjectVerbs: Set<String>
    /// Verbs of a visit to people (看望, 慰问): a tour only where the article names its host as an official.
    public let visitVerbs: Set<String>
    /// Words of a gathering a leader holds with guests (gathering_words.txt: 欢聚一堂).
    public let gatheringWords: Trie
    /// Words that point back to an event already named (这次, 上述): event_determiners.txt.
    public let eventDeterminers: Trie
    /// The kind of an event by the last word of its name (会见, 仪式, 论坛 …; 会议 when none): event_kinds.txt.
    public let eventKinds: [String: String]
    let eventKindWords: Trie   // reversed
    public let reportNouns: Trie   // reversed
    public let speakerPrepositions: [String]
    public let atTheMeeting: [String]
    public let attendanceDeeds: [String]
    public let statisticThresholds: Trie
    /// Words before a figure that make it the size of one thing (一条, 一座): statistic_single_objects.txt.
    public let statisticSingleObjects: Trie   // reversed
    /// What a unit is per, after a slash (万吨/日, 元/人): unit_denominators.txt.
    public let unitDenominators: Trie
    /// Words that end or begin no statistic's subject (造成, 之列; 是, 就): statistic_subject_ends.txt, _starts.txt.
    public let statisticSubjectEnds: Trie   // reversed
    public let statisticSubjectStarts: Trie
    /// Words that point back (这一, 该, 其): statistic_anaphors.txt. Words of when or whether at a subject's front
    /// (目前, 一度): statistic_subject_fillers.txt.
    public let statisticAnaphors: Trie
    public let statisticSubjectFillers: Trie
    /// Words right before a figure that make it approximate or a bound (约, 近, 超, 不到): statistic_approximations.txt.
    public let statisticApproximations: Trie   // reversed
    public let statisticTimeUnits: Trie
    public let statisticLeadWords: Trie
    public let statisticComparators: Trie
    public let statisticOwners: Trie
    /// Places the general vocabulary holds that are kinds, not names (自治县, 大城市): no owner of a figure.
    public let notLocalPlaces: Trie
    /// The words of a company's legal form (股份, 有限, 公司): after a suffix they carry the name on.
    public let legalFormWords: Trie
    /// Length units: a figure in one that says where something is or how big one thing is measures no outcome.
    public let statisticLengthUnits: Trie
    /// Words before a length that make it the size of one thing (海拔, 直径).
    public let statisticSizeWords: Trie   // reversed
    /// Measures that name no bearer (产量, 总投资): in a clause that continues a sentence they measure its topic.
    public let statisticBareMeasures: Trie
    /// Measures of the figure before them (增速, 比重).
    public let statisticRelativeMeasures: Trie
    /// Parts of a text or an event (分论坛, 章节, 议程): a count of them is no figure.
    public let statisticStructureNouns: Trie   // reversed
    /// How a clause's topic is read (ClauseTopics): words skipped before it, openers of clauses that have none,
    /// words its predicate starts with, verbs that make a clause a source.
    public let topicSkips: Trie
    public let topicOpeners: Trie
    public let topicEnds: Trie
    public let topicAdverbs: Trie
    public let sourceVerbs: Trie
    /// Words of meetings between leaders (会见, 会谈, 陪同下 …), by what each does; where a guest's phrase ends.
    public let encounterWords: [String: EncounterKind]
    public let arrivalWords: [String: ArrivalKind]
    public let arrivalTrie: Trie
    public let arrivalPlaceEnds: [String]
    public let arrivalNoPlaces: Set<String>
    public let arrivalVenues: [String]
    public let farewellWords: [String: FarewellKind]
    public let sittingWords: Trie
    public let farewellTrie: Trie
    public let encounterTrie: Trie
    public let guestEnds: [String]
    /// Verbs after a name at the head of a clause (胡锦涛强调): the evidence that it is one.
    public let subjectVerbs: Trie
    /// Nouns of what a person is, right before a name (村民, 同胞, 选手): person_roles.txt.
    public let personRoles: Trie   // reversed
    /// Words people are called by after a surname (师傅, 大妈): address_words.txt.
    public let addressWords: Trie
    /// Suffixes of a country's government and parliament, and the words between the place and one (联邦, 共和国):
    /// state_body_heads.txt, state_body_descriptors.txt.
    public let stateBodyHeads: Trie
    public let stateBodyDescriptors: Trie   // reversed
    /// Words after a body that make it part of a law's title (组织法): law_title_tails.txt. Characters that complete a
    /// verb before a name (发挥好): verb_complements.txt.
    public let lawTitleTails: Trie
    public let verbComplements: Trie
    public let timeWordsBefore: Trie   // reversed
    /// The named character references of HTML5 (html_entities.txt): what `&bull;` and `&nbsp;` stand for.
    public let htmlEntities: HTMLEntities
    /// What the names of files that are no articles begin with (README, LICENSE): a folder's walk passes them by,
    /// though one named on the command line is read (skipped_files.txt).
    public let skippedFiles: [String]
    /// Where words begin and end, and their kinds (general_words.txt, with the bodies and places of the lexicons above).
    public let segmenter: WordSegmenter

    /// The lexicons that ship with Readout, built into the binary.
    public static let builtIn: Lexicons = {
        do { return try Lexicons(source: .builtIn) } catch { fatalError("built-in lexicons: \(error)") }
    }()

    /// The kind of the event named `name`: by the longest kind word it ends in, else 会议.
    public func eventKind(_ name: String) -> String {
        let text = TextBuffer(name)
        guard let n = eventKindWords.longest(in: text, at: text.count, limit: 0) else { return "会议" }
        return eventKinds[text.slice(text.count - n, text.count)] ?? "会议"
    }

    public static func load(from directory: URL) throws -> Lexicons { try Lexicons(source: .folder(directory)) }

    init(source: LexiconSource) throws {
        func file(_ name: String, fields: ClosedRange<Int> = 1...1) throws -> LexiconFile {
            try LexiconFile.parse(try source.text(name), name: source.path(name), fields: fields)
        }
        func words(_ name: String) throws -> [String] { try file(name).words }
        func trie(_ name: String, reversed: Bool = false) throws -> Trie { Trie(try words(name), reversed: reversed) }
        func characters(_ name: String) throws -> ScalarSet {
            let list = try file(name)
            if let row = list.rows.first(where: { $0.fields[0].unicodeScalars.count != 1 }) {
                throw LexiconError(file: list.name, line: row.line, message: "'\(row.fields[0])' is not one character")
            }
            return ScalarSet(list.words.map { $0.unicodeScalars.first! })
        }

        let surnames = try words("surnames.txt")
        self.surnames = ScalarSet(surnames.filter { $0.unicodeScalars.count == 1 }.map { $0.unicodeScalars.first! })
        compoundSurnames = Trie(surnames.filter { $0.unicodeScalars.count > 1 })
        let titles = try words("titles.txt")
        self.titles = Trie(titles, reversed: true)
        titlesForward = Trie(titles)
        titlesAfterName = try trie("titles_after_name.txt")
        titleCompounds = try trie("title_compounds.txt")
        titleModifiers = try trie("title_modifiers.txt", reversed: true)
        foreignTitles = try trie("foreign_titles.txt", reversed: true)
        groupHeads = try trie("group_heads.txt", reversed: true)
        nameFollowers = try trie("name_followers.txt")
        notNames = try trie("not_names.txt")
        surnameWordEnds = try trie("surname_word_ends.txt", reversed: true)
        orgSuffixes = try trie("org_suffixes.txt", reversed: true)

        let orgs = try file("organizations.txt", fields: 1...8)
        var orgMap: [String: String] = [:]
        for row in orgs.rows { for alias in row.fields { orgMap[alias] = row.fields[0] } }
        organizations = orgMap
        organizationAliases = Dictionary(uniqueKeysWithValues: orgs.rows.map { ($0.fields[0], Array($0.fields.dropFirst())) })
        organizationTrie = Trie(orgMap.keys.sorted())
        organizationsEnding = Trie(orgMap.keys.sorted(), reversed: true)

        var attendance: [String: AttendanceVerb] = [:]
        for row in try file("attendance.txt", fields: 4...4).rows {
            guard let kind = AttendanceVerb.Kind(rawValue: row.fields[3]) else {
                throw LexiconError(file: source.path("attendance.txt"), line: row.line, message: "kind must be attend, speech, remark or report")
            }
            attendance[row.fields[0]] = AttendanceVerb(verb: row.fields[0], role: row.fields[1], predicate: row.fields[2], kind: kind)
        }
        self.attendance = attendance
        attendanceTrie = Trie(attendance.keys.sorted())
        attendanceFillers = try trie("attendance_fillers.txt", reversed: true)
        attendanceNegations = try trie("attendance_negations.txt", reversed: true)
        meetingObjects = try trie("meeting_objects.txt")
        attendanceLeads = try trie("attendance_leads.txt")
        meetingWords = try trie("meeting_words.txt", reversed: true)
        chrome = try words("chrome.txt")
        unpunctuatedEnds = try words("unpunctuated_ends.txt")
        statisticWords = try trie("statistic_words.txt")
        statisticDeeds = try trie("statistic_deeds.txt", reversed: true)
        units = try trie("units.txt")
        unitCompounds = try trie("unit_compounds.txt")
        statisticPrefixes = try trie("statistic_prefixes.txt")
        statisticStops = try trie("statistic_stops.txt")
        statisticAdverbs = try trie("statistic_adverbs.txt", reversed: true)
        statisticHeads = try trie("statistic_heads.txt", reversed: true)
        statisticScopeWords = try trie("statistic_scope_words.txt", reversed: true)
        statisticLocationEnds = try trie("statistic_location_ends.txt")
        policyVerbs = try trie("policy_verbs.txt")
        clauseVerbs = try trie("clause_verbs.txt")
        bodyLinks = try trie("body_links.txt")

        var places: [String: String] = [:]
        for row in try file("places.txt", fields: 2...2).rows { places[row.fields[0]] = row.fields[1] }
        self.places = places
        venuesLongestFirst = places.filter { $0.key.unicodeScalars.count >= 2 }
            .sorted { ($0.key.unicodeScalars.count, $1.key) > ($1.key.unicodeScalars.count, $0.key) }
            .map { (venue: $0.key, city: $0.value) }
        let countries = try words("foreign_places.txt")
        let foreignPlaces = countries + (try words("foreign_cities.txt"))
        self.foreignPlaces = Trie(foreignPlaces, reversed: true)
        foreignPlacesForward = Trie(foreignPlaces)
        foreignCountries = Trie(countries)
        chinaPlaces = try trie("china_places.txt")
        transliteration = try characters("transliteration.txt")
        notGivenCharacters = try characters("not_given_characters.txt")
        notLastCharacters = try characters("not_last_characters.txt")

        var distinctions: [String: [(clue: String, name: String)]] = [:]
        for row in try file("person_distinctions.txt", fields: 3...3).rows {
            distinctions[row.fields[0], default: []].append((row.fields[1], row.fields[2]))
        }
        personDistinctions = distinctions
        mechanismVerbs = try trie("mechanism_verbs.txt")
        let timeWords = try words("time_words.txt")
        self.timeWords = Trie(timeWords)
        timeWordsBefore = Trie(timeWords, reversed: true)
        notOrgEndings = try trie("not_org_endings.txt", reversed: true)
        let verbsBeforeName = try words("verbs_before_name.txt")
        self.verbsBeforeName = Trie(verbsBeforeName)
        verbsBeforeNameEnding = Trie(verbsBeforeName, reversed: true)
        wordsBeforeNamedBodyEnding = Trie(try words("words_before_named_body.txt"), reversed: true)
        genericBodies = try trie("generic_bodies.txt")
        bodyDeterminers = try trie("body_determiners.txt")
        bodyCounters = try trie("body_counters.txt")
        chinaRelationWords = try trie("china_relation_words.txt")
        placeKinds = try trie("place_kinds.txt")
        placeKindWords = try trie("place_kind_words.txt")
        foreignPlaceKinds = try trie("foreign_place_kinds.txt")
        joiningVerbs = try trie("joining_verbs.txt")
        nameInnerWords = try trie("name_inner_words.txt")
        bodyHeads = try trie("body_heads.txt")
        innerBodyHeads = try trie("inner_body_heads.txt")
        listJoiners = try trie("list_joiners.txt")
        oneHolderTitles = Set(try words("one_holder_titles.txt"))
        manyWords = try trie("many_words.txt")
        nameModifierFollowers = try trie("name_modifier_followers.txt")
        placeLeads = try trie("place_leads.txt")
        citedDuringMarks = try words("cited_during_marks.txt")
        decisionVerbs = try words("decision_verbs.txt")
        ceremonyDeeds = try words("ceremony_deeds.txt")
        purposeLeads = try words("purpose_leads.txt")
        subsidiaryWords = try words("subsidiary_words.txt")
        datelineWords = try words("dateline_words.txt")
        meetingAftermath = try words("meeting_aftermath.txt")
        recallOpeners = try trie("recall_openers.txt")
        togetherWords = try words("together_words.txt")
        partyLeaderLeads = try words("party_leader_leads.txt")
        tourLeads = try words("tour_leads.txt")
        hostVerbs = try trie("host_verbs.txt", reversed: true)
        eventPraiseWords = try trie("event_praise_words.txt")
        nameStopVerbs = try trie("name_stop_verbs.txt", reversed: true)
        boundSuffixes = try trie("bound_suffixes.txt")
        tradeBureauSuffixes = try characters("trade_bureau_suffixes.txt")
        headTitles = Set(try words("head_titles.txt"))
        localHeads = try characters("local_heads.txt")
        localBodyWords = try trie("local_body_words.txt")
        aboveEventKinds = Set(try words("above_event_kinds.txt"))
        subjectFrontCharacters = try characters("subject_front_characters.txt")
        bodyNameMarks = try trie("body_name_marks.txt")
        bodyDescriptors = try trie("body_descriptors.txt")
        clauseAdverbs = try trie("clause_adverbs.txt")
        greetingGivers = try trie("greeting_givers.txt")
        statisticDaySpans = try trie("statistic_day_spans.txt")
        tradeWords = try trie("trade_words.txt")
        categoryHeads = try trie("category_heads.txt")
        kindHeads = try trie("kind_heads.txt")
        kindDescriptions = try trie("kind_descriptions.txt")
        visitKinds = try trie("visit_kinds.txt")
        visitTimeWords = try trie("visit_time_words.txt")
        sentWords = try trie("sent_words.txt")
        guestLeads = try trie("guest_leads.txt", reversed: true)
        deedKindHeads = try trie("deed_kind_heads.txt")
        functionHeads = try trie("function_heads.txt", reversed: true)
        partyCounters = try characters("party_counters.txt")
        genericBodyPhrases = Trie(try file("generic_body_phrases.txt", fields: 2...2).rows.map { $0.fields[0] }, reversed: true)
        appointmentVerbs = try words("appointment_verbs.txt")
        instructionVerbs = try words("instruction_verbs.txt")
        meetingVerbs = try words("meeting_verbs.txt")
        sessionVerbs = try words("session_verbs.txt")
        goalMarkers = try words("goal_markers.txt")
        goalFrames = try file("goal_frames.txt", fields: 1...2).rows.map { row in
            let parts = row.fields[0].components(separatedBy: "…")
            guard parts.count == 2, !parts[0].isEmpty, row.fields.count == 1 || ["before", "after"].contains(row.fields[1]) else {
                throw LexiconError(file: "goal_frames.txt", line: row.line, message: "'\(row.fields.joined(separator: " "))' is not WORDS…[WORDS] [before|after]")
            }
            return GoalFrame(before: parts[0], after: parts[1].isEmpty ? nil : parts[1], tasksFollow: row.fields.count == 2 && row.fields[1] == "after")
        }
        framingHeads = try words("framing_heads.txt")
        taskLeads = try words("task_leads.txt")
        aimWords = try trie("aim_words.txt", reversed: true)
        goalNotOpeners = try trie("goal_not_openers.txt")
        taskAdverbs = try words("task_adverbs.txt")
        mechanismAdverbs = try words("mechanism_adverbs.txt")
        attendanceFirstVerbs = try words("attendance_first_verbs.txt")
        talkWords = try trie("talk_words.txt")
        eventParts = Set(try words("event_parts.txt"))
        genericEventWords = Set(try words("generic_event_words.txt"))
        genericEventModifiers = try trie("generic_event_modifiers.txt")
        heldVerbs = try words("held_verbs.txt")
        guestParties = try trie("guest_parties.txt", reversed: true)
        eventHedges = try trie("event_hedges.txt")
        inspectionVerbs = try trie("inspection_verbs.txt")
        inspectionNouns = try trie("inspection_nouns.txt")
        inspectionObjectVerbs = Set(try words("inspection_object_verbs.txt"))
        visitVerbs = Set(try words("visit_verbs.txt"))
        gatheringWords = try trie("gathering_words.txt")
        eventDeterminers = try trie("event_determiners.txt")
        reportNouns = try trie("report_nouns.txt", reversed: true)
        speakerPrepositions = try words("speaker_prepositions.txt")
        atTheMeeting = try words("at_the_meeting.txt")
        attendanceDeeds = try words("attendance_deeds.txt")
        statisticThresholds = try trie("statistic_thresholds.txt")
        statisticSingleObjects = try trie("statistic_single_objects.txt", reversed: true)
        unitDenominators = try trie("unit_denominators.txt")
        statisticSubjectEnds = try trie("statistic_subject_ends.txt", reversed: true)
        statisticSubjectStarts = try trie("statistic_subject_starts.txt")
        statisticAnaphors = try trie("statistic_anaphors.txt")
        statisticSubjectFillers = try trie("statistic_subject_fillers.txt")
        statisticApproximations = try trie("statistic_approximations.txt", reversed: true)
        statisticTimeUnits = try trie("statistic_time_units.txt")
        statisticLeadWords = try trie("statistic_lead_words.txt")
        statisticComparators = try trie("statistic_comparators.txt")
        statisticOwners = try trie("statistic_owners.txt")
        notLocalPlaces = try trie("not_local_places.txt")
        legalFormWords = try trie("legal_form_words.txt")
        statisticLengthUnits = try trie("statistic_length_units.txt")
        statisticSizeWords = try trie("statistic_size_words.txt", reversed: true)
        statisticBareMeasures = try trie("statistic_bare_measures.txt")
        statisticRelativeMeasures = try trie("statistic_relative_measures.txt")
        statisticStructureNouns = try trie("statistic_structure_nouns.txt", reversed: true)
        topicSkips = try trie("topic_skips.txt")
        topicOpeners = try trie("topic_openers.txt")
        topicEnds = try trie("topic_ends.txt")
        topicAdverbs = try trie("topic_adverbs.txt")
        sourceVerbs = try trie("source_verbs.txt")
        subjectVerbs = try trie("subject_verbs.txt")
        personRoles = try trie("person_roles.txt", reversed: true)
        addressWords = try trie("address_words.txt")
        stateBodyHeads = try trie("state_body_heads.txt")
        stateBodyDescriptors = try trie("state_body_descriptors.txt", reversed: true)
        lawTitleTails = try trie("law_title_tails.txt")
        verbComplements = try trie("verb_complements.txt")
        let kinds = try file("event_kinds.txt", fields: 2...2)
        eventKinds = Dictionary(kinds.rows.map { ($0.fields[0], $0.fields[1]) }, uniquingKeysWith: { a, _ in a })
        eventKindWords = Trie(kinds.words, reversed: true)
        /// A list of word<TAB>kind rows, each kind one of `K`'s.
        func keyed<K: RawRepresentable & CaseIterable>(_ name: String, _: K.Type) throws -> [(word: String, kind: K)] where K.RawValue == String {
            let list = try file(name, fields: 2...2)
            return try list.rows.map { row in
                guard let kind = K(rawValue: row.fields[1]) else {
                    throw LexiconError(file: list.name, line: row.line, message: "kind must be one of \(K.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return (row.fields[0], kind)
            }
        }
        let encounter = try keyed("encounter_words.txt", EncounterKind.self)
        encounterWords = Dictionary(encounter.filter { $0.kind != .guestEnd }.map { ($0.word, $0.kind) }, uniquingKeysWith: { _, b in b })
        encounterTrie = Trie(encounterWords.keys.sorted())
        guestEnds = encounter.filter { $0.kind == .guestEnd }.map(\.word)
        let arrival = try keyed("arrival_words.txt", ArrivalKind.self)
        arrivalWords = Dictionary(arrival.filter { $0.kind != .placeEnd && $0.kind != .noPlace }.map { ($0.word, $0.kind) }, uniquingKeysWith: { _, b in b })
        arrivalTrie = Trie(arrivalWords.keys.sorted())
        arrivalPlaceEnds = arrival.filter { $0.kind == .placeEnd }.map(\.word)
        arrivalNoPlaces = Set(arrival.filter { $0.kind == .noPlace }.map(\.word))
        arrivalVenues = arrival.filter { $0.kind == .venue }.map(\.word)
        farewellWords = Dictionary(try keyed("farewell_words.txt", FarewellKind.self).map { ($0.word, $0.kind) }, uniquingKeysWith: { _, b in b })
        farewellTrie = Trie(farewellWords.keys.sorted())
        sittingWords = try trie("sitting_words.txt")
        let entities = try file("html_entities.txt", fields: 2...2)
        htmlEntities = HTMLEntities(try entities.rows.map { row in
            let scalars = row.fields[1].split(separator: " ").map { UInt32($0, radix: 16).flatMap(Unicode.Scalar.init) }
            guard !scalars.isEmpty, !scalars.contains(nil) else {
                throw LexiconError(file: entities.name, line: row.line, message: "'\(row.fields[1])' is not hexadecimal code points")
            }
            return (row.fields[0], String(String.UnicodeScalarView(scalars.compactMap { $0 })))
        })
        skippedFiles = try words("skipped_files.txt")
        var vocabulary = try Vocabulary(data: try source.data("general_words.txt"), name: source.path("general_words.txt"))
        vocabulary.add(orgMap.keys.sorted() + orgSuffixes.words + bodyHeads.words, as: .lexicon)
        vocabulary.add(foreignPlaces + chinaPlaces.words + places.keys.sorted(), as: .place)
        // 占比, 增速: what a figure measures is a noun, even where the general vocabulary lacks the word.
        vocabulary.add(try words("statistic_heads.txt") + words("statistic_relative_measures.txt"), as: .noun)
        segmenter = WordSegmenter(vocabulary: vocabulary)
    }
}

extension Lexicons {
    /// The length of a Chinese or foreign place of two characters or more starting at `k` (湖北, 阿尔及利亚): the
    /// place a body's name or a figure's owner opens with.
    public func placeLength(in text: TextBuffer, at k: Int, limit: Int) -> Int? {
        let n = chinaPlaces.longest(in: text, at: k, limit: limit) ?? foreignPlacesForward.longest(in: text, at: k, limit: limit) ?? 0
        return n >= 2 ? n : nil
    }

    static let adminSuffixes: ScalarSet = ScalarSet("省市县区州")

    /// A word that says whose (我国, 全国) or a place with its 省/市/县/区/州 at `k`: who or where a figure or a
    /// clause's topic is of.
    public func ownerLength(in text: TextBuffer, at k: Int, limit: Int) -> Int? {
        if let n = statisticOwners.longest(in: text, at: k, limit: limit) { return n }
        return placeWithSuffixLength(in: text, at: k, limit: limit) ?? localPlaceLength(in: text, at: k, limit: limit)
    }

    /// A place and the 省, 市, 县, 区 or 州 written after it (沈阳市 where the lexicon knows 沈阳).
    public func placeWithSuffixLength(in text: TextBuffer, at k: Int, limit: Int) -> Int? {
        guard var n = placeLength(in: text, at: k, limit: limit) else { return nil }
        if k + n < limit, Self.adminSuffixes.contains(text[k + n]) { n += 1 }
        return n
    }

    static let localSuffixes: ScalarSet = ScalarSet("县市镇旗")

    /// A county, city or town the general vocabulary knows as a place, written with its 县, 市, 镇 or 旗 (阜宁县,
    /// 临湘市): China has some 2,800 counties, more than a lexicon of Readout's lists.
    public func localPlaceLength(in text: TextBuffer, at k: Int, limit: Int) -> Int? {
        for n in [4, 3] where k + n <= limit && Self.localSuffixes.contains(text[k + n - 1]) {
            if segmenter.vocabulary.kind(text, k, k + n) == .place, notLocalPlaces.longest(in: text, at: k, limit: k + n) != n { return n }
        }
        return nil
    }

    /// The length of the owners written one after another from `k` (湖北省武汉市), 0 when none is.
    public func ownersLength(in text: TextBuffer, at k: Int, limit: Int) -> Int {
        var e = k
        while e < limit, let n = ownerLength(in: text, at: e, limit: limit) { e += n }
        return e - k
    }
}
