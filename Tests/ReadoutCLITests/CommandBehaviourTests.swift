import Foundation
import Testing

/// Issue 15: every read command behaves alike for a name it does not know, a misspelt command, option or predicate,
/// paging, empty answers, hostile text and the terminal's width; ingest and reextract show progress on a terminal.
@Suite(.serialized) struct CommandBehaviourTests {
    static let db: String = {
        let path = try! CLI.temporaryDirectory().appendingPathComponent("behaviour.sqlite").path
        let r = try! CLI.run(["ingest", CLI.packageRoot.appendingPathComponent("fixtures/pingan-2020-changanwang.txt").path, "--db", path])
        precondition(r.status == 0, r.stderr)
        return path
    }()

    func run(_ args: String...) throws -> CLI.Result { try CLI.run(args + ["--db", Self.db]) }
    func rows(_ args: String...) throws -> [[String: Any]] { try CLI.json(args + ["--db", Self.db]) as! [[String: Any]] }

    /// Before, show, timeline, why, triples and attendees printed (none) and exited 0 for a name nothing has.
    @Test func aNameNothingHasIsOneErrorInEveryCommand() throws {
        let misspelt = "郭声昆"   // one character off a person of the article
        for (args, message) in [(["show", misspelt], "no entity named 郭声昆 (did you mean 郭声琨?)"),
                                (["timeline", misspelt], "no person named 郭声昆 (did you mean 郭声琨?)"),
                                (["why", misspelt], "no entity named 郭声昆 (did you mean 郭声琨?)"),
                                (["triples", "--subject", misspelt], "no entity named 郭声昆 (did you mean 郭声琨?)"),
                                (["triples", "--object", "无此值"], "no entity or value named 无此值"),
                                (["neighbors", misspelt], "no entity named 郭声昆 (did you mean 郭声琨?)"),
                                (["path", misspelt, "赵克志"], "no entity named 郭声昆 (did you mean 郭声琨?)"),
                                (["attendees", "平安中国建设大会"], "no meeting named 平安中国建设大会 (did you mean 平安中国建设工作会议?)"),
                                (["trace", "无此会议"], "no meeting, goal or task named 无此会议")] {
            let r = try CLI.run(args + ["--db", Self.db])
            #expect(r.status == 1, "\(args)")
            #expect(r.stderr == "error: \(message)\n", "\(args)")
            #expect(r.stdout.isEmpty)
        }
        // triples and why take names whole: a part of one (which show would search by) is no entity there.
        let part = try run("triples", "--subject", "声琨")
        #expect(part.status == 1 && part.stderr.hasPrefix("error: no entity named 声琨"))
        // A known name with nothing of the kind asked is an empty answer, not an error.
        let none = try run("triples", "--subject", "郭声琨", "--predicate", "held_in")
        #expect(none.status == 0 && none.stdout == "(none)\n")
    }

    /// Before: `readout atendees` said "Unknown option '--db'"; parse errors began "Error:"; --predicate attendd gave (none).
    @Test func misspeltCommandsOptionsAndPredicatesNameWhatIsValid() throws {
        let command = try CLI.run(["atendees", "--db", Self.db])
        #expect(command.status == 64)
        #expect(command.stderr.hasPrefix("error: unknown command 'atendees' (did you mean attendees?); commands: ingest, extract, attendees, series, diff, trace,"))
        let option = try run("attendees", "--frm", "2014")
        #expect(option.status == 64)
        #expect(option.stderr == "error: unknown option '--frm'. Did you mean '--from'? (see 'readout attendees --help')\n")
        let missing = try CLI.run(["show"])
        #expect(missing.stderr.hasPrefix("error: missing expected argument '<name>'"))
        #expect(missing.stderr.split(separator: "\n").count == 1)
        let predicate = try run("triples", "--predicate", "attendd")
        #expect(predicate.status == 64)
        #expect(predicate.stderr.hasPrefix("error: unknown predicate 'attendd' (did you mean attended?); predicates: attended, presided_over, spoke_at,"))
        #expect(try run("neighbors", "郭声琨", "--predicate", "leadz").stderr.contains("(did you mean leads?)"))
        let deep = try run("neighbors", "郭声琨", "--depth", "2147483647")
        #expect(deep.status == 64 && deep.stderr.hasPrefix("error: --depth must be 1 to 6, not 2147483647"))
        #expect(try run("attendees", "--offset=-1").stderr.hasPrefix("error: --offset must be 0 or more, not -1"))
        let kind = try run("attendees", "--kind", "会晤")
        #expect(kind.status == 1 && kind.stderr == "error: no event of kind '会晤' in this store; kinds: 会议\n")
    }

    /// Before, only show and triples took --limit, and none took --offset.
    @Test func everyReadCommandPagesWithLimitAndOffset() throws {
        for args in [["attendees"], ["entities"], ["show", "郭声琨"], ["timeline", "郭声琨"], ["neighbors", "郭声琨"],
                     ["triples", "--predicate", "attended"], ["why", "--predicate", "attended"]] {
            let all = try CLI.json(args + ["--db", Self.db]) as! [[String: Any]]
            #expect(all.count >= 1, "\(args)")
            let first = try CLI.json(args + ["--limit", "1", "--db", Self.db]) as! [[String: Any]]
            #expect(first.count == 1, "\(args)")
            #expect(NSDictionary(dictionary: first[0]).isEqual(to: all[0]), "\(args)")
            guard all.count >= 3 else { continue }
            let second = try CLI.json(args + ["--offset", "1", "--limit", "2", "--db", Self.db]) as! [[String: Any]]
            #expect(second.count == 2, "\(args)")
            #expect(NSDictionary(dictionary: second[0]).isEqual(to: all[1]) && NSDictionary(dictionary: second[1]).isEqual(to: all[2]), "\(args)")
        }
        let attendees = try rows("attendees")
        #expect(try rows("attendees", "--offset", "\(attendees.count - 1)").map { $0["name"] as! String } == [attendees.last!["name"] as! String])
        #expect(try rows("attendees", "--offset", "\(attendees.count)").isEmpty)
    }

    /// Before, a CSV of nothing was an empty file.
    @Test func aCSVOfNothingStillHasItsHeader() throws {
        let csv = try run("triples", "--subject", "郭声琨", "--predicate", "held_in", "--format", "csv")
        #expect(csv.status == 0)
        #expect(csv.stdout == "subject,predicate,object,document,sentence,subject_type,object_type,date,start,end,rule,url\r\n")
        let attendees = try run("attendees", "--from", "2030", "--format", "csv").stdout
        #expect(attendees == "meeting,name,kind,titles,roles,venue,document,date,meeting_kind,named_from\r\n")
    }

    /// A file name (the document column) with ESC, a C1 CSI and a right-to-left override: tables, CSV and messages
    /// show them escaped; before, only C0 controls were, in tables only.
    @Test func controlAndBidiCharactersNeverReachTheTerminalRaw() throws {
        let dir = try CLI.temporaryDirectory()
        let name = "evil\u{1B}]0;owned\u{7}\u{9B}31m\u{202E}txt.txt"
        let file = dir.appendingPathComponent(name)
        try "工作会议召开\n\n杨晶、王勇出席会议。".write(to: file, atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("t.sqlite").path
        #expect(try CLI.run(["ingest", file.path, "--db", db]).status == 0)
        let raw: [Unicode.Scalar] = ["\u{1B}", "\u{7}", "\u{9B}", "\u{202E}"]
        for format in ["table", "csv"] {
            let out = try CLI.run(["attendees", "--db", db, "--format", format]).stdout
            #expect(out.contains("杨晶"))
            #expect(!out.unicodeScalars.contains { raw.contains($0) }, "\(format)")
            #expect(out.contains("evil\\u{1b}]0;owned\\u{7}\\u{9b}31m\\u{202e}txt.txt"), "\(format)")
        }
        // JSON keeps the text as it is (escaped by JSON's rules): data, not a terminal.
        let json = try CLI.json(["attendees", "--db", db]) as! [[String: Any]]
        #expect((json[0]["document"] as! String).hasSuffix(name))
        let missing = try CLI.run(["ingest", dir.appendingPathComponent("gone\u{1B}[2J.txt").path, "--db", db])
        #expect(missing.status != 0)
        #expect(!missing.stderr.unicodeScalars.contains("\u{1B}"))
        #expect(missing.stderr.contains("gone\\u{1b}[2J.txt: no such file or folder"))
    }

    /// Before, tables grew to 516 columns. With a width (a terminal's, or $COLUMNS), cells are cut to fit; --wide
    /// prints them whole.
    @Test func tablesFitTheTerminalUnlessWide() throws {
        let env = ["COLUMNS": "70"]
        let cut = try CLI.runProgram(CLI.binary, ["timeline", "郭声琨", "--db", Self.db], environment: env).stdout
        let lines = cut.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        for line in lines { #expect(Self.width(line) <= 70, "\(line)") }
        #expect(cut.contains("…"))
        let wide = try CLI.runProgram(CLI.binary, ["timeline", "郭声琨", "--wide", "--db", Self.db], environment: env).stdout
        #expect(wide.contains("fixtures/pingan-2020-changanwang.txt"))
        #expect(wide.split(separator: "\n").contains { Self.width(String($0)) > 70 })
    }

    static func width(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + (($1.value >= 0x2E80 && $1.value <= 0xFFEF) ? 2 : 1) }
    }

    /// Runs `readout ARGS` under a pseudo-terminal (script(1)), as a user at a terminal would.
    static func underTerminal(_ args: [String]) throws -> String {
        let command = ([CLI.binary.path] + args).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let r = try CLI.runProgram(URL(fileURLWithPath: "/usr/bin/script"), ["-qec", command, "/dev/null"], environment: ["COLUMNS": "100"])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        return r.stdout
    }

    /// Before: "N documents, M triples" every 1,024 documents with no total, rate or time left, and reextract silent.
    @Test func ingestAndReextractShowAProgressBarOnATerminalOnly() throws {
        let dir = try CLI.temporaryDirectory()
        let db = dir.appendingPathComponent("p.sqlite").path
        let corpus = CLI.packageRoot.appendingPathComponent("fixtures/trace/cewc-2016-2018.jsonl").path
        let ingest = try Self.underTerminal(["ingest", corpus, "--db", db])
        #expect(ingest.contains("\r\u{1B}[K[########"))
        #expect(ingest.contains("] 100%  2 documents, 159 triples  "))
        #expect(ingest.contains("/s  0:00 left"))
        #expect(ingest.contains("ingested into \(db): 2 stored"))
        let reextract = try Self.underTerminal(["reextract", "--db", db])
        #expect(reextract.contains("]  50%  1 document  "))
        #expect(reextract.contains("re-extracted 2 documents"))
        // Not a terminal: no bar, only the summary.
        let piped = try CLI.run(["ingest", corpus, "--db", dir.appendingPathComponent("q.sqlite").path])
        #expect(!piped.stderr.contains("%") && !piped.stderr.contains("\u{1B}"))
    }

    /// Before, `show 李克强` printed 13 MB to the terminal: a table on a terminal stops at 200 rows and says how to page.
    @Test func aLongTableOnATerminalStopsAndSaysHowToPage() throws {
        let facts = try rows("triples").count
        #expect(facts > 200)
        let shown = try Self.underTerminal(["triples", "--db", Self.db])
        #expect(shown.contains("(200 of \(facts) rows shown: --limit and --offset page through them; piped output has all)"))
        #expect(shown.components(separatedBy: "\r\n").count < 210)
        let piped = try run("triples")
        #expect(piped.stdout.split(separator: "\n").count == facts + 2)
    }
}
