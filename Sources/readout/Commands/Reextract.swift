import ArgumentParser
import Foundation
import ReadoutKit

struct Reextract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read every stored document again with the current rules and lexicons.",
        discussion: """
        Documents are keyed by their text, so ingesting them again changes nothing; after a rule or lexicon
        change (a merge of two names undone, a title word added) this brings the store up to date. Each
        document is replaced in one transaction.
        Examples:
          readout reextract --db news.sqlite
          readout reextract --db news.sqlite --lexicons my-lexicons
        """
    )
    @OptionGroup var store: StoreOptions
    @OptionGroup var lexiconOptions: LexiconOptions

    func run() throws {
        do {
            let extractor = try lexiconOptions.extractor()
            let db = try store.openSQLiteForWriting("reextract")
            let total = try Graph(store: db).documentCount()
            let progress = ProgressBar(total: total)
            let (documents, triples) = try Reextractor(store: db, extractor: extractor).run { progress.update(done: $0, documents: $0) }
            progress.clear()
            try db.finishWriting()
            say("re-extracted \(documents) documents into \(store.db): \(triples) triples")
        } catch { throw fail("\(error)") }
    }
}
