/// One word of a segmentation: where it is and what kind the vocabulary says it is (nil: a character or a run
/// of letters and digits it does not hold).
public struct Word: Sendable, Equatable {
    public let start: Int
    public let end: Int
    public let kind: WordClass?
    /// How often the vocabulary says the word is written, as a natural log (0 for a word it does not hold).
    public let logFrequency: Float
    public var length: Int { end - start }
}

/// Where the words of a stretch of text begin and end: the most probable split into words of the vocabulary
/// (each word scored by its frequency, unknown characters as single words), the unigram model of jieba and
/// most Chinese segmenters. Rules ask it only about short stretches: the characters before a body's suffix.
public struct WordSegmenter: Sendable {
    public let vocabulary: Vocabulary

    public init(vocabulary: Vocabulary) { self.vocabulary = vocabulary }

    /// Where `character` is written as a word of its own in text[start..<end] (将 in 李强将与…, not in 将领; 并 in
    /// 出席…并讲话, not in 兼并; 就 in 就…举行, not in 就业), in text order; the stretch is segmented only where the
    /// character occurs.
    public func alone(_ character: Unicode.Scalar, _ text: TextBuffer, _ start: Int, _ end: Int) -> [Int] {
        guard (start..<end).contains(where: { text[$0] == character }) else { return [] }
        return words(text, start, end).filter { $0.length == 1 && text[$0.start] == character }.map(\.start)
    }

    public func words(_ text: TextBuffer, _ start: Int, _ end: Int) -> [Word] {
        guard end > start else { return [] }
        let n = end - start
        // best[k]: the score of the best split of text[start + k..<end]; next[k]: where its first word ends.
        var best = [Float](repeating: 0, count: n + 1)
        var next = [Int](repeating: 0, count: n + 1)
        let unknown = -vocabulary.logTotal
        var k = n - 1
        while k >= 0 {
            let i = start + k
            if !text[i].isHan {
                // Letters, digits and marks: one word up to the next Han character.
                var e = i + 1
                while e < end, !text[e].isHan { e += 1 }
                best[k] = unknown + best[e - start]; next[k] = e - start
                k -= 1; continue
            }
            best[k] = unknown + best[k + 1]; next[k] = k + 1
            var e = i + 1
            while e <= end, e - i <= Vocabulary.maxLength {
                if let f = vocabulary.logFrequency(text, i, e) {
                    let score = f - vocabulary.logTotal + best[e - start]
                    if score > best[k] { best[k] = score; next[k] = e - start }
                }
                e += 1
            }
            k -= 1
        }
        var words: [Word] = []
        var i = 0
        while i < n {
            let e = next[i]
            let entry = e - i <= Vocabulary.maxLength ? vocabulary.entry(text, start + i, start + e) : nil
            words.append(Word(start: start + i, end: start + e, kind: entry?.kind, logFrequency: entry?.logFrequency ?? 0))
            i = e
        }
        return words
    }
}
