import Foundation
import Testing
@testable import ReadoutKit

/// A server's queries are stopped after a time limit (Database.withTimeLimit), and the connection works after.
@Suite struct TimeLimitTests {
    @Test func aLongQueryIsStoppedAndTheConnectionGoesOn() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("readout-limit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try Database(path: dir.appendingPathComponent("t.sqlite").path, readOnly: false)
        let slow = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000) SELECT count(*) FROM n"
        let start = Date()
        #expect(throws: StoreError.self) { try db.withTimeLimit(0.2) { try db.rows(slow) } }
        #expect(Date().timeIntervalSince(start) < 5)
        do { _ = try db.withTimeLimit(0.2) { try db.rows(slow) } } catch let e as StoreError {
            #expect(e.message == "the query took longer than 0.2 s and was stopped")
        }
        // A quick query within the limit, and one with no limit after it, both answer.
        #expect(try db.withTimeLimit(5) { try db.rows("SELECT 41 + 1") }.first?.first?.int == 42)
        #expect(try db.rows("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) SELECT count(*) FROM n").first?.first?.int == 100000)
    }
}
