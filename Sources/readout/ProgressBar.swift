import Foundation
import ReadoutKit

/// A progress bar on stderr, only when stderr is a terminal: how much is done of the total when the total is known
/// (bytes of the input, documents of the store), documents and their rate, and the time left. Redrawn at most five
/// times a second on one line, and cleared before any other message.
final class ProgressBar {
    let enabled: Bool
    let total: Int?
    let started = Date()
    var last = Date.distantPast
    var shown = false

    init(total: Int?, enabled: Bool = isatty(2) != 0) { self.total = total; self.enabled = enabled }

    /// `done` counts toward `total` (bytes or documents); `documents` and `triples` are shown as they are.
    func update(done: Int, documents: Int, triples: Int? = nil) {
        guard enabled, Date().timeIntervalSince(last) > 0.2 else { return }
        last = Date(); shown = true
        FileHandleOutput.stderr("\r\u{1B}[K" + Self.line(done: done, total: total, documents: documents, triples: triples,
                                                       elapsed: last.timeIntervalSince(started), width: terminalWidth(stderr: true) ?? 80))
    }

    func clear() {
        if shown { FileHandleOutput.stderr("\r\u{1B}[K"); shown = false }
    }

    /// `[#######.......]  45%  15,032 documents  1,234/s  0:12 left`, or without a total `15,032 documents, 300,118
    /// triples  1,234/s`; fitted to `width`.
    static func line(done: Int, total: Int?, documents: Int, triples: Int?, elapsed: Double, width: Int) -> String {
        let rate = elapsed > 0 ? Double(documents) / elapsed : 0
        var counts = "\(grouped(documents)) document\(documents == 1 ? "" : "s")" + (triples.map { ", \(grouped($0)) triples" } ?? "") + "  \(grouped(Int(rate)))/s"
        guard let total, total > 0 else { return counts }
        let fraction = min(1, Double(done) / Double(total))
        if fraction > 0.01 { counts += "  " + clock(elapsed * (1 - fraction) / fraction) + " left" }
        let percent = String(format: "%3d%%", Int(fraction * 100))
        let barWidth = max(10, min(40, width - counts.count - percent.count - 6))
        let filled = Int(fraction * Double(barWidth))
        return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: barWidth - filled) + "] \(percent)  " + counts
    }

    static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (k, c) in digits.enumerated() {
            if k > 0, (digits.count - k) % 3 == 0 { out += "," }
            out.append(c)
        }
        return out
    }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }
}
