import Foundation
import Testing
@testable import ReadoutKit

/// Floors set a little under what `scripts/eval` measures on fixtures/dev (attendees 1.00, persons 0.98,
/// statistics 0.92, titles 0.95, enumerations 0.90), each at or above issue 3's.
@Suite struct DevSetTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../fixtures/dev").standardized.path

    @Test func microAveragesStayAboveTheirFloors() throws {
        let results = try DevSetEvaluator().evaluate(folder: Self.folder)
        #expect(results.count >= 40)
        let totals = DevSetEvaluator.report(results).totals
        let f1 = { (m: String) in totals[m]!.f1 }
        let recall = { (m: String) in totals[m]!.recall }
        #expect(f1("attendees") >= 0.98, "attendees F1 \(f1("attendees"))")
        #expect(f1("persons") >= 0.96, "persons F1 \(f1("persons"))")
        #expect(f1("statistics") >= 0.91, "statistics F1 \(f1("statistics"))")
        #expect(recall("titles") >= 0.93, "titles recall \(recall("titles"))")
        #expect(recall("enumerations") >= 0.88, "enumeration recall \(recall("enumerations"))")
    }

    @Test func scoresCountWhatTheyShould() {
        let (score, missing, extra) = Score.compare(found: ["a", "b", "x"], expected: ["a", "b", "c"], optional: ["x"])
        #expect(score.truePositives == 2 && score.falsePositives == 0 && score.falseNegatives == 1)
        #expect(missing == ["c"] && extra.isEmpty)
        #expect(abs(score.f1 - 0.8) < 1e-9)
    }
}
