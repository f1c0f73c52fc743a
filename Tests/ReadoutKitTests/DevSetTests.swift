import Foundation
import Testing
@testable import ReadoutKit

/// The floors of issue 3, measured on fixtures/dev by the same evaluator `scripts/eval` prints.
@Suite struct DevSetTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../fixtures/dev").standardized.path

    @Test func microAveragesStayAboveTheirFloors() throws {
        let results = try DevSetEvaluator().evaluate(folder: Self.folder)
        #expect(results.count >= 40)
        let totals = DevSetEvaluator.report(results).totals
        let f1 = { (m: String) in totals[m]!.f1 }
        let recall = { (m: String) in totals[m]!.recall }
        #expect(f1("attendees") >= 0.97, "attendees F1 \(f1("attendees"))")
        #expect(f1("persons") >= 0.95, "persons F1 \(f1("persons"))")
        #expect(f1("statistics") >= 0.90, "statistics F1 \(f1("statistics"))")
        #expect(recall("titles") >= 0.90, "titles recall \(recall("titles"))")
        #expect(recall("enumerations") >= 0.85, "enumeration recall \(recall("enumerations"))")
    }

    @Test func scoresCountWhatTheyShould() {
        let (score, missing, extra) = Score.compare(found: ["a", "b", "x"], expected: ["a", "b", "c"], optional: ["x"])
        #expect(score.truePositives == 2 && score.falsePositives == 0 && score.falseNegatives == 1)
        #expect(missing == ["c"] && extra.isEmpty)
        #expect(abs(score.f1 - 0.8) < 1e-9)
    }
}
