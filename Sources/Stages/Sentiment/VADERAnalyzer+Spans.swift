/// Scores of spans of a text (quotes) that start or end inside a token, reusing the words
/// the text's own split found for the tokens in between.
///
/// A word of the text that starts after the span's start is preceded by whitespace inside
/// the span, so the span's own split breaks there too, and every token up to the start of
/// the last word before the span's end lies whole inside the span: those words are the
/// span's. Only the span's first (partial) token and its last token, which may run past the
/// span's end, are split again, from copies.
extension VADERAnalyzer {
    /// `polarity_scores` of `bytes[range]` (inside `bytes[0..<count]`, which is padded after
    /// and has no emoji), whose text's words are `words`; `hasMarks` is false when the text
    /// has no `!` or `?`. Nil only if no memory could be had.
    func spanScores(
        _ bytes: UnsafePointer<UInt8>, count: Int, _ range: Range<Int>, words: UnsafeBufferPointer<VADERToken>,
        hasMarks: Bool, scratch: inout VADERScratch
    ) -> SentimentScores? {
        let first = Self.firstIndex(in: words, notBefore: range.lowerBound)
        let last = Self.firstIndex(in: words, notBefore: range.upperBound, from: first)
        // Without a whole word inside, there is nothing to reuse.
        guard last &- first >= 2 else {
            return byteScores(bytes, range, paddedAfter: range.upperBound == count, scratch: &scratch)
        }
        let head = range.lowerBound..<words[first].start
        let middle = first..<(last &- 1)
        let tail = words[last &- 1].start..<range.upperBound
        let capacity = Self.tokenCapacity(head.count) &+ middle.count &+ Self.tokenCapacity(tail.count)
        let marks = hasMarks ? Self.marks(bytes, range) : PunctuationMarks()
        return withUnsafeTemporaryAllocation(of: VADERToken.self, capacity: capacity) { tokens -> SentimentScores? in
            guard let out = tokens.baseAddress else { return nil }
            var n = 0
            if !head.isEmpty {
                guard let found = splitCopy(bytes, head, into: out, scratch: &scratch) else { return nil }
                n = found
            }
            (out + n).initialize(from: words.baseAddress! + middle.lowerBound, count: middle.count)
            n &+= middle.count
            guard let found = splitCopy(bytes, tail, into: out + n, scratch: &scratch) else { return nil }
            n &+= found
            let spanWords = UnsafeBufferPointer(start: out, count: n)
            return withUnsafeTemporaryAllocation(of: Double.self, capacity: n) { valences in
                applyRules(spanWords, into: valences)
                return finalScores(UnsafeBufferPointer(valences), marks: marks)
            }
        }
    }

    /// Splits `bytes[range]` on its own (a padded copy) into `out`, which has room for
    /// `tokenCapacity(range.count)` tokens; the number written, nil if no memory could be had.
    private func splitCopy(
        _ bytes: UnsafePointer<UInt8>, _ range: Range<Int>, into out: UnsafeMutablePointer<VADERToken>,
        scratch: inout VADERScratch
    ) -> Int? {
        Self.withPaddedCopy(UnsafeBufferPointer(start: bytes + range.lowerBound, count: range.count)) { copied in
            splitWords(copied, count: range.count, into: out, scratch: &scratch)
        }
    }
}
