import Foundation
import Testing

/// Docs that stay true: every subcommand has an abstract, examples in its help, and a line in the README.
@Suite struct DocsTests {
    static let commands = ["ingest", "extract", "attendees", "series", "diff", "trace", "entities", "show", "dot", "timeline", "neighbors",
                           "path", "triples", "why", "export", "reextract", "eval", "serve", "lexicons"]

    @Test(arguments: commands)
    func everyCommandHasHelpWithExamplesAndAREADMELine(_ command: String) throws {
        let help = try CLI.run([command, "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("OVERVIEW:"))
        #expect(help.stdout.contains("Examples:"), "\(command) --help has no examples")
        let readme = try String(contentsOf: CLI.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("`readout \(command)"), "README does not list readout \(command)")
    }

    @Test func theRootHelpListsEveryCommand() throws {
        let help = try CLI.run(["--help"]).stdout
        for command in Self.commands { #expect(help.contains(command)) }
    }

    @Test func versionPrintsTheReleaseAndTheStoreSchema() throws {
        let r = try CLI.run(["--version"])
        #expect(r.status == 0)
        #expect(r.stdout == "readout 0.17.0 (store schema 5, on PostgreSQL 6)\n")
    }

    @Test func completionScriptsComeFromTheParser() throws {
        let bash = try CLI.run(["--generate-completion-script", "bash"])
        #expect(bash.status == 0 && bash.stdout.contains("timeline"))
    }
}
