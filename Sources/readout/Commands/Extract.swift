import ArgumentParser
import Foundation
import ReadoutKit

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract facts from one file without storing them; prints each fact with its span and rule.",
        discussion: """
        Examples:
          readout extract fixtures/pingan-2020-changanwang.txt
          readout extract article.html --format json
        """
    )

    @Argument(help: "A text or HTML file (UTF-8 or GB18030), or - for stdin.")
    var file: String

    @OptionGroup var output: FormatOptions

    func run() throws {
        do {
            let source = try InputReader.readFile(file)
            let read = Extractor().read(source)
            FileHandleOutput.stdout(Renderer.render(FactsReport.records(read), as: output.format))
        } catch {
            throw fail("\(error)")
        }
    }
}
