import Foundation
import Testing
@testable import ReadoutKit

func temporaryPath(_ name: String = "store") -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("readout-\(name)-\(UUID().uuidString).sqlite").path
}

@Suite struct StoreTests {
    let article = sharedExtractor.read(SourceArticle(text: "11月10日,全国工作会议在京召开。赵克志、周强出席会议。", title: "全国工作会议召开",
                                                    date: Day(2020, 11, 12), origin: "a.txt"))

    /// An article read from `text`, dated 12 November 2020 unless said otherwise.
    func read(_ text: String, _ origin: String = "x.txt", title: String? = nil, date: Day = Day(2020, 11, 12)) -> ReadArticle {
        sharedExtractor.read(SourceArticle(text: text, title: title, date: date, origin: origin))
    }

    @Test func reingestingTheSameTextChangesNothing() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try Store(path: path)
        guard case .stored(let n) = try store.ingest(article, origin: "a.txt") else { Issue.record("not stored"); return }
        #expect(n > 0)
        #expect(try store.ingest(article, origin: "copy.txt") == .unchanged)
        #expect(try store.db.rows("SELECT count(*) FROM document").first?.first?.int == 1)
        #expect(try store.db.rows("SELECT count(*) FROM triple").first?.first?.int == Int64(n))
    }

    @Test func thePatternLookupServesAnyCombination() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try Store(path: path)
        try store.ingest(article, origin: "a.txt")
        let graph = Graph(store: store)
        let meeting = try graph.resolve("全国工作会议", type: .meeting).first!
        let attended = try graph.triples(predicate: "attended", object: meeting)
        #expect(attended.map(\.subject).sorted() == ["周强", "赵克志"])
        #expect(attended.allSatisfy { $0.rule == "attendance" && $0.document == "a.txt" })
        let zhao = try graph.resolve("赵克志").first!
        #expect(try graph.triples(subject: zhao).map(\.predicate).contains("attended"))
        #expect(try graph.triples(literal: "2020-11-10").map(\.subject) == ["全国工作会议"])
        // Spans point at the name in the stored text.
        let sentence = try graph.sentence(document: attended[0].documentID, span: attended[0].span)
        #expect(sentence == "赵克志、周强出席会议。")
    }

    @Test func aFileThatIsNotADatabaseIsRefusedUntouched() throws {
        let path = temporaryPath("notdb")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let junk = Data((0..<4096).map { UInt8($0 % 251) })
        try junk.write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.self) { try Store(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == junk)
    }

    @Test func aNewerSchemaIsRefusedUntouched() throws {
        let path = temporaryPath("newer")
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            let store = try Store(path: path)
            try store.db.execute("PRAGMA user_version = 99")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect { try Store(path: path) } throws: { error in "\(error)".contains("schema version 99 is newer") }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func theSchemaRefusesATripleWithBothOrNeitherObject() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try Store(path: path)
        try store.ingest(article, origin: "a.txt")
        #expect(throws: StoreError.self) {
            try store.db.execute("INSERT INTO triple(subject, predicate, object, literal, document, span_start, span_end, rule) VALUES (1, 'x', NULL, NULL, 1, 0, 1, 'r')")
        }
        #expect(throws: StoreError.self) {
            try store.db.execute("INSERT INTO triple(subject, predicate, object, literal, document, span_start, span_end, rule) VALUES (1, 'x', 1, NULL, 999, 0, 1, 'r')")
        }
        // An entity of no known type, or with no name.
        #expect(throws: StoreError.self) { try store.db.execute("INSERT INTO entity(type, name) VALUES ('Persons', '赵克志')") }
        #expect(throws: StoreError.self) { try store.db.execute("INSERT INTO entity(type, name) VALUES ('Person', '')") }
        try store.db.execute("INSERT INTO entity(type, name) VALUES ('Group', '各省区市负责同志')")
    }

    /// A store as the first Readout wrote it (schema 1, the text in the document row): 赵克志 attended
    /// 全国工作会议 at `attendedAt` in document 3.
    func writeVersionOneStore(_ path: String, text: String, attendedAt span: Span) throws {
        let db = try Database(path: path, readOnly: false)
        try db.execute(try Store.migrations().first { $0.0 == 1 }!.1)
        try db.execute("""
            PRAGMA user_version = 1;
            INSERT INTO entity(id, type, name) VALUES (7, 'Person', '赵克志'), (8, 'Meeting', '全国工作会议');
            """)
        _ = try db.rows("INSERT INTO document(id, hash, origin, title, text) VALUES (3, 'h', 'a.txt', 't', ?)", [.text(text)])
        _ = try db.rows("INSERT INTO triple(subject, predicate, object, document, span_start, span_end, rule) VALUES (7, 'attended', 8, 3, ?, ?, 'attendance')",
                    [.integer(Int64(span.start)), .integer(Int64(span.end))])
    }

    @Test func aVersionOneStoreIsMigratedWithItsFacts() throws {
        let path = temporaryPath("v1")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try writeVersionOneStore(path, text: "赵克志出席会议。", attendedAt: Span(0, 3))
        let store = try Store(path: path)
        #expect(try store.db.rows("PRAGMA user_version").first?.first?.int == Int64(Store.schemaVersion))
        #expect(try store.db.rows("SELECT s.name, o.name FROM triple JOIN entity s ON s.id = subject JOIN entity o ON o.id = object") == [[.text("赵克志"), .text("全国工作会议")]])
        #expect(try store.db.rows("PRAGMA foreign_key_check").isEmpty)
        #expect(try runsOfTriples(store) == [[.text("a.txt"), .integer(1), .integer(1)]])
        #expect(throws: StoreError.self) { try store.db.execute("INSERT INTO entity(type, name) VALUES ('Person', '赵克志')") }
        // The document kept its id, hash and text; a second row with its hash is refused by the named index.
        #expect(try store.db.rows("SELECT d.id, d.hash, t.text FROM document d JOIN document_text t ON t.document = d.id") == [[.integer(3), .text("h"), .text("赵克志出席会议。")]])
        #expect(throws: StoreError.self) { try store.db.execute("INSERT INTO document(hash, origin, title) VALUES ('h', 'b.txt', 't')") }
        // A new fact about a stored entity reuses its id.
        try store.ingest(article, origin: "a.txt")
        #expect(try store.db.rows("SELECT id FROM entity WHERE name = '赵克志'") == [[.integer(7)]])
    }

    /// A store of schema 4 (migrations 1 to 4, as the readout before this one left it) gets the url column of
    /// migration 5 when opened; its documents stay, without a url, and new ones keep theirs.
    @Test func aVersionFourStoreIsMigratedAndDocumentsKeepTheirURL() throws {
        let path = temporaryPath("v4")
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            try writeVersionOneStore(path, text: "赵克志出席会议。", attendedAt: Span(0, 3))
            let db = try Database(path: path, readOnly: false)
            for (number, sql) in try Store.migrations() where (2...4).contains(number) { try db.execute(sql); try db.execute("PRAGMA user_version = \(number)") }
            #expect(try !db.rows("PRAGMA table_info(document)").contains { $0[1] == .text("url") })
        }
        let store = try Store(path: path)
        #expect(try store.db.rows("PRAGMA user_version") == [[.integer(5)]])
        #expect(try store.db.rows("SELECT id, origin, url FROM document") == [[.integer(3), .text("a.txt"), .null]])
        let source = SourceArticle(text: "11月10日,全国工作会议在京召开。赵克志、周强出席会议。", title: "全国工作会议召开", date: Day(2020, 11, 12),
                                   origin: "c.jsonl#7", url: "https://example.cn/2020/11/10/7.shtml")
        try store.ingest(sharedExtractor.read(source), origin: source.origin)
        #expect(try store.db.rows("SELECT origin, url FROM document ORDER BY id") == [[.text("a.txt"), .null], [.text("c.jsonl#7"), .text("https://example.cn/2020/11/10/7.shtml")]])
        let graph = Graph(store: store)
        #expect(try graph.triples(predicate: "attended").map(\.url) == [nil, "https://example.cn/2020/11/10/7.shtml", "https://example.cn/2020/11/10/7.shtml"])
        // An empty url is no url (the schema refuses one).
        #expect(throws: StoreError.self) { try store.db.execute("UPDATE document SET url = '' WHERE id = 3") }
    }

    @Test func aVersionOneStoreOpenedForReadingIsUpgradedFirst() throws {
        let path = temporaryPath("v1read")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try writeVersionOneStore(path, text: "会议开幕。赵克志出席会议。", attendedAt: Span(5, 8))
        let reader = try Store(path: path, readOnly: true)
        let graph = Graph(store: reader)
        let fact = try graph.triples(predicate: "attended").first
        #expect(fact?.subject == "赵克志")
        #expect(try graph.sentence(document: 3, span: fact?.span ?? Span(0, 0)) == "赵克志出席会议。")
        #expect(try reader.db.rows("PRAGMA user_version").first?.first?.int == Int64(Store.schemaVersion))
    }

    @Test func indexesDeferredByALoadAreBuiltBeforeAnotherWriterWrites() throws {
        let path = temporaryPath("deferred")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let loader = try Store(path: path)
        #expect(try loader.isEmpty)
        try loader.deferIndexes()
        func indexes() throws -> Set<String> {
            Set(try loader.db.rows("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").compactMap { $0[0].string })
        }
        #expect(try indexes().isDisjoint(with: ["triple_by_subject", "entity_key", "alias_by_text"]))
        try loader.ingest(article, origin: "a.txt")
        // The load is cut short here. Another writer finds entities it does not know, so it builds the
        // indexes (entity_key keeps names unique) before it writes.
        let other = try Store(path: path)
        let second = sharedExtractor.read(SourceArticle(text: "11月11日,赵克志主持召开座谈会。", title: "座谈会", date: Day(2020, 11, 12), origin: "b.txt"))
        try other.ingest(second, origin: "b.txt")
        #expect(try indexes().isSuperset(of: ["triple_by_subject", "triple_by_object", "triple_by_predicate", "triple_by_literal", "entity_key", "alias_by_text"]))
        #expect(try loader.db.rows("SELECT count(*) FROM deferred_index") == [[.integer(0)]])
        // The first writer learns that another wrote, and forgets the ids it kept.
        let third = sharedExtractor.read(SourceArticle(text: "11月12日,赵克志、周强出席报告会。", title: "报告会", date: Day(2020, 11, 12), origin: "c.txt"))
        try loader.ingest(third, origin: "c.txt")
        #expect(try loader.db.rows("SELECT count(*) FROM entity WHERE name = '赵克志'") == [[.integer(1)]])
        #expect(try loader.db.rows("SELECT count(DISTINCT subject) FROM triple WHERE subject = (SELECT id FROM entity WHERE name = '赵克志')") == [[.integer(1)]])
        #expect(try loader.db.rows("PRAGMA integrity_check") == [[.text("ok")]])
    }

    @Test func aBulkLoadChecksItsReferencesAtTheEnd() throws {
        let path = temporaryPath("references")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try Store(path: path)
        try store.deferIndexes()
        try store.ingest(article, origin: "a.txt")
        try store.buildDeferredIndexes()
        #expect(try store.db.rows("PRAGMA foreign_keys") == [[.integer(1)]])
        #expect(try store.db.rows("PRAGMA foreign_key_check").isEmpty)

        // A triple naming an entity that is not stored: slipped in while row checks are off, found at the end.
        try store.deferIndexes()
        let entities = try store.db.rows("SELECT max(id) FROM entity").first?.first?.int ?? 0
        try store.db.execute("INSERT INTO triple(subject, predicate, object, document, span_start, span_end, rule) VALUES (\(entities + 5), 'attended', 1, 1, 0, 1, 'test')")
        #expect { try store.buildDeferredIndexes() } throws: { "\($0)".contains("triple.subject refers to entity rows that are not stored") }

        // With a gap in the ids the range proves nothing, and every row is checked.
        try store.db.execute("DELETE FROM triple WHERE rule = 'test'")
        try store.deferIndexes()
        try store.db.execute("DELETE FROM entity WHERE id = (SELECT min(subject) FROM triple WHERE predicate = 'attended')")
        #expect { try store.buildDeferredIndexes() } throws: { "\($0)".contains("rows of triple refer to rows that are not stored") }
    }

    @Test func aBulkLoadTellsATextItHasStoredWithoutTheHashIndex() throws {
        let path = temporaryPath("hashes")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try Store(path: path)
        try store.deferIndexes()
        #expect(try store.db.rows("SELECT 1 FROM sqlite_master WHERE name = 'document_hash'").isEmpty)
        let a = StorableArticle(read("11月10日,全国工作会议在京召开。赵克志出席。")), b = StorableArticle(read("11月12日,报告会在京举行。周强出席。"))
        var broken = read("11月11日,赵克志主持召开座谈会。")
        broken.extraction.facts.append(Fact(EntityKey(.person, "赵克志"), "attended", .literal("x"), span: Span(5, 2), rule: "test"))
        // The same text twice in one batch, the second copy first by its name (CopyPrecedence: a-copy.txt before
        // a.txt), and a document that fails (its hash must be forgotten with it), so that the batch is written again a
        // document at a time: the first copy is still the one stored, and the other unchanged.
        let first = try store.ingest([(a, "a.txt"), (a, "a-copy.txt"), (StorableArticle(broken), "b.txt"), (b, "c.txt")])
        #expect(first.map { try? $0.get() } == [.unchanged, .stored(triples: a.triples.count), nil, .stored(triples: b.triples.count)])
        // In a later batch: a text stored before is unchanged; the failed one, mended, is stored.
        let mended = StorableArticle(read("11月11日,赵克志主持召开座谈会。"))
        let second = try store.ingest([(b, "z-again.txt"), (mended, "b.txt")])
        #expect(second.map { try? $0.get() } == [.unchanged, .stored(triples: mended.triples.count)])
        try store.buildDeferredIndexes()
        #expect(try store.db.rows("SELECT origin FROM document ORDER BY id") == [[.text("a-copy.txt")], [.text("c.txt")], [.text("b.txt")]])
        #expect(try store.db.rows("SELECT 1 FROM sqlite_master WHERE name = 'document_hash'").count == 1)
        // With the index built, the store's own check takes over.
        #expect(try store.ingest([(a, "z-third.txt")]).map { try? $0.get() } == [.unchanged])
    }

    /// A text that comes twice is held as its earliest copy (CopyPrecedence) in whichever order the copies come, in one
    /// batch or two, in one load (the copy replaced while the load writes with foreign keys off and indexes deferred) or
    /// two, the second into a store with documents: that copy's date, origin and facts, and no entity, alias or
    /// qualifier only the later copy's facts named (its meeting is named after the article's date).
    @Test func aTextTwiceIsHeldAsItsEarliestCopy() throws {
        let text = "座谈会在京召开。国务委员王勇出席会议并讲话。", title = "座谈会在京召开"
        let early = (StorableArticle(read(text, title: title, date: Day(2020, 5, 6))), "news.jsonl#a-1")
        let late = (StorableArticle(read(text, title: title, date: Day(2021, 3, 4))), "news.jsonl#b-2")
        let other = (StorableArticle(read("11月10日,全国工作会议在京召开。赵克志出席。")), "news.jsonl#c-3")
        let stored = { (copy: (StorableArticle, String)) in IngestOutcome.stored(triples: copy.0.triples.count) }
        let replaced = IngestOutcome.replaced(triples: early.0.triples.count)
        var held: [[[SQLValue]]] = []
        // In one batch the first copy is picked before anything is written; in two, the earlier copy replaces the later.
        for (batches, oneLoad, expected) in [
            ([[other, late, early]], true, [stored(other), .unchanged, stored(early)]), ([[other, early, late]], true, [stored(other), stored(early), .unchanged]),
            ([[other, late], [early]], true, [stored(other), stored(late), replaced]), ([[other, late], [early]], false, [stored(other), stored(late), replaced]),
            ([[other, early], [late]], false, [stored(other), stored(early), .unchanged]),
        ] {
            let path = temporaryPath("copies")
            defer { try? FileManager.default.removeItem(atPath: path) }
            let store = try Store(path: path)
            var outcomes: [IngestOutcome] = []
            var ending = try store.beginIngest()
            for (k, batch) in batches.enumerated() {
                if k > 0, !oneLoad { try ending?(); ending = try store.beginIngest() }
                outcomes += try store.ingest(batch).map { try $0.get() }
            }
            try ending?()
            try store.finishWriting()
            #expect(try store.db.rows("PRAGMA foreign_key_check").isEmpty)
            #expect(try store.db.rows("SELECT count(*) FROM alias WHERE entity NOT IN (SELECT id FROM entity)") == [[.integer(0)]])
            #expect(try store.db.rows("SELECT count(*) FROM qualifier WHERE triple NOT IN (SELECT id FROM triple)") == [[.integer(0)]])
            #expect(outcomes == expected, "\(batches.map { $0.map(\.1) })")
            #expect(try store.db.rows("SELECT origin, date FROM document WHERE title = ?", [.text(title)]) == [[.text("news.jsonl#a-1"), .text("2020-05-06")]])
            let meetings = try store.db.rows("SELECT name FROM entity WHERE type = 'Meeting' AND name LIKE '座谈会%' ORDER BY name")
            #expect(meetings == [[.text("座谈会(座谈会在京召开, 2020-05-06)")]])
            held.append(try store.db.rows("""
                SELECT d.origin, s.name, t.predicate, coalesce(o.name, t.literal), t.span_start, t.span_end FROM triple t
                JOIN document d ON d.id = t.document JOIN entity s ON s.id = t.subject LEFT JOIN entity o ON o.id = t.object
                ORDER BY 1, 2, 3, 4, 5
                """) + store.db.rows("SELECT type, name FROM entity ORDER BY 1, 2") + store.db.rows("SELECT e.name, a.alias FROM alias a JOIN entity e ON e.id = a.entity ORDER BY 1, 2"))
        }
        #expect(held[0].count > 10 && held.allSatisfy { $0 == held[0] })
    }

    @Test func theLogIsCheckpointedBesideTheWriter() throws {
        let path = temporaryPath("checkpoint")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try Store(path: path)
        func fileSize() -> Int { (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? -1 }
        // In WAL mode the database file holds only its first page until a checkpoint copies pages back into it.
        try store.db.execute("PRAGMA wal_autocheckpoint = 0")
        try store.ingest(article, origin: "a.txt")
        #expect(fileSize() == Store.pageSize)
        try store.checkpointInBackground(threshold: 1)
        for day in 1...5 {
            let text = "11月\(day)日,全国工作会议在京召开。赵克志出席会议。"
            try store.ingest(read(text, "\(day).txt", date: Day(2020, 11, day)), origin: "\(day).txt")
        }
        try store.stopBackgroundCheckpoints()
        #expect(fileSize() > 10 * Store.pageSize)
        #expect(try store.db.rows("PRAGMA wal_autocheckpoint") == [[.integer(Int64(Store.autoCheckpointPages))]])
        #expect(try store.db.rows("SELECT count(*) FROM document") == [[.integer(6)]])
    }

    @Test func aFewRowsReferringToALargeTableAreCheckedOneByOne() throws {
        let path = temporaryPath("orphans")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try Store(path: path)
        try store.deferIndexes()
        // One article whose attendances carry qualifiers (roles), many whose facts carry none.
        try store.ingest(article, origin: "a.txt")
        for day in 1...30 {
            let text = "今年前\(day)个月,全国粮食产量增长3.\(day)%,工业增加值增长6.\(day)%,社会消费品零售总额增长8.\(day)%。"
            try store.ingest(read(text, "\(day).txt", title: "统计\(day)", date: Day(2020, 11, 1)), origin: "\(day).txt")
        }
        let triples = try store.db.rows("SELECT max(id) FROM triple").first?.first?.int ?? 0
        let qualifiers = try store.db.rows("SELECT count(*) FROM qualifier").first?.first?.int ?? 0
        #expect(qualifiers > 0 && qualifiers * 16 < triples)
        // A qualified triple goes while row checks are off: its qualifiers are left pointing at nothing, and the
        // triple table is still dense below its largest id, so only a row-by-row look finds them.
        try store.db.execute("DELETE FROM triple WHERE id = (SELECT min(triple) FROM qualifier)")
        #expect { try store.buildDeferredIndexes() } throws: { "\($0)".contains("qualifier.triple refers to triple rows that are not stored") }
    }

    @Test func aDocumentThatFailsIsLeftOutAndTheRestOfItsBatchIsStored() throws {
        let path = temporaryPath("batch")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try Store(path: path)
        var broken = read("11月11日,赵克志主持召开座谈会。周强出席。", "b.txt")
        // A fact the schema refuses (it ends before it starts), after the document's other rows are written.
        broken.extraction.facts.append(Fact(EntityKey(.person, "周强"), "attended", .literal("x"), span: Span(5, 2), rule: "test"))
        let batch = [(read("11月10日,全国工作会议在京召开。赵克志出席。", "a.txt"), "a.txt"), (broken, "b.txt"),
                     (read("11月12日,报告会在京举行。周强出席。", "c.txt"), "c.txt")]
        let results = try store.ingest(batch.map { (StorableArticle($0.0), $0.1) })
        #expect(results.map { (try? $0.get()) != nil } == [true, false, true])
        #expect(try store.db.rows("SELECT origin FROM document ORDER BY id") == [[.text("a.txt")], [.text("c.txt")]])
        // Nothing of the failed document is left behind: no rows of its own, no entity only it named.
        #expect(try store.db.rows("SELECT count(*) FROM triple WHERE document NOT IN (SELECT id FROM document)") == [[.integer(0)]])
        #expect(try store.db.rows("SELECT count(*) FROM entity WHERE name = '座谈会(b.txt, 2020-11-12)'") == [[.integer(0)]])
        #expect(try store.db.rows("SELECT count(*) FROM document_text") == [[.integer(2)]])
        // c.txt's run of triple ids starts where a.txt's ends: b.txt's rolled-back ids are given again.
        #expect(try runsOfTriples(store) == [[.text("a.txt"), .integer(1), .integer(Int64(n(batch[0].0)))],
                                             [.text("c.txt"), .integer(Int64(n(batch[0].0)) + 1), .integer(Int64(n(batch[0].0) + n(batch[2].0)))]])
        // The same document without the bad fact is stored whole, its meeting with it.
        #expect(try store.ingest(read("11月11日,赵克志主持召开座谈会。周强出席。", "b.txt"), origin: "b.txt") != .unchanged)
        #expect(try store.db.rows("SELECT count(*) FROM entity WHERE name = '座谈会(b.txt, 2020-11-12)'") == [[.integer(1)]])
        #expect(try runsOfTriples(store).count == 3)
    }

    func n(_ article: ReadArticle) -> Int { StorableArticle(article).triples.count }

    /// Each document's run of triple ids (origin, first, last), after checking that the run holds exactly the
    /// document's triples.
    func runsOfTriples(_ store: Store) throws -> [[SQLValue]] {
        let wrong = try store.db.rows("""
            SELECT d.origin FROM document d
            WHERE (SELECT count(*) FROM triple t WHERE t.document = d.id) <> d.last_triple - d.first_triple + 1
               OR EXISTS (SELECT 1 FROM triple t WHERE t.id BETWEEN d.first_triple AND d.last_triple AND t.document <> d.id)
            """)
        #expect(wrong.isEmpty)
        return try store.db.rows("SELECT origin, first_triple, last_triple FROM document ORDER BY id")
    }

    @Test func reExtractionGivesADocumentANewRunOfTriples() throws {
        let path = temporaryPath("reextract")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try Store(path: path)
        try store.ingest(article, origin: "a.txt")
        let second = sharedExtractor.read(SourceArticle(text: "11月11日,赵克志主持召开座谈会。", title: "座谈会", date: Day(2020, 11, 12), origin: "b.txt"))
        try store.ingest(second, origin: "b.txt")
        let (a, b) = (Int64(n(article)), Int64(n(second)))
        #expect(try runsOfTriples(store) == [[.text("a.txt"), .integer(1), .integer(a)], [.text("b.txt"), .integer(a + 1), .integer(a + b)]])
        let result = try Reextractor(store: store, extractor: sharedExtractor).run()
        #expect(result.documents == 2 && result.triples == Int(a + b))
        // a.txt's triples were deleted first and stored again after b.txt's; then b.txt's after those.
        #expect(try runsOfTriples(store) == [[.text("a.txt"), .integer(a + b + 1), .integer(2 * a + b)], [.text("b.txt"), .integer(2 * a + b + 1), .integer(2 * a + 2 * b)]])
        #expect(try store.db.rows("SELECT count(*) FROM triple") == [[.integer(a + b)]])
    }

    @Test func sha256MatchesKnownDigests() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}
