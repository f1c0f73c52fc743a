import Foundation
import Testing
import ReadoutKit

/// Issue 15, input: what a folder's walk passes by.
@Suite struct InputTests {
    /// The origins of a store's documents, in order.
    static func origins(_ db: String) throws -> [SQLValue] {
        try Store(path: db, readOnly: true).db.rows("SELECT origin FROM document ORDER BY id").map { $0[0] }
    }

    @Test func aFolderPassesByReadmeLicenceAndDotFiles() throws {
        let dir = try CLI.temporaryDirectory()
        let folder = dir.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".hidden"), withIntermediateDirectories: true)
        for (name, text) in [("README.md", "本文件夹收录会议报道。"), ("LICENSE", "版权所有,保留一切权利。"), ("COPYING.txt", "转载须注明出处。"), ("readme-zh.md", "说明。"),
                             (".hidden/x.txt", "赵克志主持召开座谈会。"), (".notes.txt", "周强出席会议。"), ("a.txt", "11月10日,全国工作会议在京召开。赵克志、周强出席会议。"),
                             ("licensed.txt", "持证经营座谈会召开。")] {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let db = dir.appendingPathComponent("s.sqlite").path
        #expect(try CLI.run(["ingest", folder.path, "--db", db]).status == 0)
        // licensed.txt is no LICENSE: a letter follows the word.
        #expect(try Self.origins(db) == ["a.txt", "licensed.txt"].map { .text(folder.appendingPathComponent($0).path) })
        // Named on the command line, it is read.
        for name in ["README.md", ".hidden/x.txt"] { #expect(try CLI.run(["ingest", folder.appendingPathComponent(name).path, "--db", db]).status == 0) }
        #expect(try Self.origins(db) == ["a.txt", "licensed.txt", "README.md", ".hidden/x.txt"].map { .text(folder.appendingPathComponent($0).path) })
    }
}
