import Foundation
import ReadoutKit

/// The fuzz target: bytes → decode → segment → extract, with the properties every input must keep.
/// Built with `scripts/fuzz` (libFuzzer supplies `main`); built normally, it replays files given to it,
/// which is how crashes found by the fuzzer become regression tests.
let extractor = Extractor()

func check(_ data: UnsafeBufferPointer<UInt8>) {
    guard let text = try? Decoder.decode(Array(data)) else { return }
    let read = extractor.read(SourceArticle(text: text, origin: "fuzz"))
    let count = read.document.text.count
    for m in read.extraction.mentions {
        precondition(m.span.start >= 0 && m.span.end <= count && m.span.start < m.span.end, "mention span outside the text: \(m)")
        precondition(read.document.slice(m.span) == m.surface, "mention span does not hold its surface: \(m)")
        precondition(!m.entity.name.isEmpty, "an entity without a name: \(m)")
    }
    for f in read.extraction.facts {
        precondition(f.span.start >= 0 && f.span.end <= count && f.span.start <= f.span.end, "fact span outside the text: \(f)")
        precondition(!f.subject.name.isEmpty && !f.predicate.isEmpty, "a fact without a subject: \(f)")
        if case .entity(let o) = f.object { precondition(!o.name.isEmpty, "a fact without an object: \(f)") }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let bytes else { return 0 }
    check(UnsafeBufferPointer(start: bytes, count: size))
    return 0
}

#if !FUZZING
@main
struct Replay {
    /// readout-fuzz FILE|DIR…: runs every file through the target; a property that fails stops with its message.
    static func main() throws {
        var files: [String] = []
        for arg in CommandLine.arguments.dropFirst() {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: arg, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                files += try FileManager.default.contentsOfDirectory(atPath: arg).sorted().map { (arg as NSString).appendingPathComponent($0) }
            } else { files.append(arg) }
        }
        for file in files {
            let data = Array(FileManager.default.contents(atPath: file) ?? Data())
            data.withUnsafeBufferPointer { check($0) }
        }
        print("replayed \(files.count) inputs")
    }
}
#endif
