/// Finds the sentence an offset falls in, by binary search over the tokenizer's sentence spans.
struct SentenceIndex: Sendable {
    private let spans: [Span]

    /// Uses `sentences`, or `paragraphs` when the tokenizer gave no sentences.
    init(sentences: [Span], paragraphs: [Span]) {
        spans = sentences.isEmpty ? paragraphs : sentences
    }

    /// The index of the sentence holding `offset` (the next one when it falls between sentences).
    func index(of offset: Int) -> Int {
        var lo = 0, hi = spans.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if spans[mid].end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Where the sentence holding `offset` starts; `offset` itself when no sentence holds it.
    func start(of offset: Int) -> Int {
        let k = index(of: offset)
        guard k < spans.count, spans[k].start <= offset else { return offset }
        return spans[k].start
    }

    /// Where the sentence `count` sentences before the one holding `offset` starts.
    func start(of offset: Int, sentencesBack count: Int) -> Int {
        let k = index(of: offset) - count
        guard k > 0 else { return 0 }
        return k < spans.count ? spans[k].start : offset
    }
}
