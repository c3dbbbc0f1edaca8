/// The content words of the candidate sentences of one document, as term ids, with an
/// inverted index from each term to the sentences that hold it.
///
/// Sentences are numbered 0..<count in document order (candidates only). All lists are flat
/// arrays with start offsets, so a 200,000-word document is a handful of allocations.
struct SentenceTerms: Sendable {
    /// The number of candidate sentences.
    let count: Int
    /// The number of distinct terms.
    let termCount: Int
    /// Term occurrences of sentence `i`, in text order:
    /// `occurrences[occurrenceStarts[i]..<occurrenceStarts[i + 1]]`.
    let occurrences: [Int32]
    let occurrenceStarts: [Int]
    /// Distinct terms of sentence `i`, ascending, with their counts in it.
    let uniqueTerms: [Int32]
    let uniqueCounts: [Int32]
    let uniqueStarts: [Int]
    /// Sentences holding term `t`, ascending, with the term's count in each:
    /// `postings[postingStarts[t]..<postingStarts[t + 1]]`.
    let postings: [Int32]
    let postingCounts: [Int32]
    let postingStarts: [Int]

    /// Reads the content words of `sentences` (each a scalar range of `scalars`) from the
    /// word tokens of `tokens`, which are in text order; `isStopWord` sees each lowercased word.
    init(
        scalars: [Unicode.Scalar], tokens: [Token], sentences: [Span],
        isStopWord: ([UInt32]) -> Bool
    ) {
        var table = TermTable(minimumCapacity: 256)
        var occurrences: [Int32] = []
        var occurrenceStarts: [Int] = [0]
        occurrenceStarts.reserveCapacity(sentences.count + 1)
        var buffer: [UInt32] = []
        for sentence in sentences {
            // The first token at or after the sentence start (tokens are in text order).
            var low = 0
            var high = tokens.count
            while low < high {
                let middle = low + (high - low) / 2
                if tokens[middle].start < sentence.start { low = middle + 1 } else { high = middle }
            }
            var tokenIndex = low
            while tokenIndex < tokens.count && tokens[tokenIndex].start < sentence.end {
                let token = tokens[tokenIndex]
                tokenIndex += 1
                guard token.kind == .word, token.end <= sentence.end,
                    token.start >= 0, token.end <= scalars.count, token.start < token.end,
                    ScalarClass.isLetter(scalars[token.start].value)
                else { continue }
                buffer.removeAll(keepingCapacity: true)
                for offset in token.start..<token.end {
                    TermTable.appendLowercased(scalars[offset], to: &buffer)
                }
                if isStopWord(buffer) { continue }
                occurrences.append(Int32(truncatingIfNeeded: table.insert(buffer)))
            }
            occurrenceStarts.append(occurrences.count)
        }
        self.init(count: sentences.count, termCount: table.count,
                  occurrences: occurrences, occurrenceStarts: occurrenceStarts)
    }

    /// Builds the per-sentence term counts and the inverted index from the occurrences.
    init(count: Int, termCount: Int, occurrences: [Int32], occurrenceStarts: [Int]) {
        self.count = count
        self.termCount = termCount
        self.occurrences = occurrences
        self.occurrenceStarts = occurrenceStarts

        var uniqueTerms: [Int32] = []
        var uniqueCounts: [Int32] = []
        var uniqueStarts: [Int] = [0]
        uniqueTerms.reserveCapacity(occurrences.count)
        uniqueCounts.reserveCapacity(occurrences.count)
        var sorted: [Int32] = []
        for sentence in 0..<count {
            sorted.removeAll(keepingCapacity: true)
            let range = occurrenceStarts[sentence]..<occurrenceStarts[sentence + 1]
            sorted.append(contentsOf: occurrences[range])
            sorted.sort()
            var index = 0
            while index < sorted.count {
                let term = sorted[index]
                var run = 1
                while index + run < sorted.count && sorted[index + run] == term { run += 1 }
                uniqueTerms.append(term)
                uniqueCounts.append(Int32(truncatingIfNeeded: run))
                index += run
            }
            uniqueStarts.append(uniqueTerms.count)
        }

        // Counting sort of (term, sentence) pairs: sentences come out ascending per term.
        var postingStarts = Array(repeating: 0, count: termCount + 1)
        for term in uniqueTerms { postingStarts[Int(term) + 1] += 1 }
        for term in 0..<termCount { postingStarts[term + 1] += postingStarts[term] }
        var fill = postingStarts
        var postings = Array(repeating: Int32(0), count: uniqueTerms.count)
        var postingCounts = Array(repeating: Int32(0), count: uniqueTerms.count)
        for sentence in 0..<count {
            for slot in uniqueStarts[sentence]..<uniqueStarts[sentence + 1] {
                let term = Int(uniqueTerms[slot])
                postings[fill[term]] = Int32(truncatingIfNeeded: sentence)
                postingCounts[fill[term]] = uniqueCounts[slot]
                fill[term] += 1
            }
        }

        self.uniqueTerms = uniqueTerms
        self.uniqueCounts = uniqueCounts
        self.uniqueStarts = uniqueStarts
        self.postings = postings
        self.postingCounts = postingCounts
        self.postingStarts = postingStarts
    }

    /// The number of content-word occurrences in sentence `i`.
    func length(_ sentence: Int) -> Int { occurrenceStarts[sentence + 1] - occurrenceStarts[sentence] }

    /// The number of sentences that hold term `t`.
    func sentenceFrequency(_ term: Int) -> Int { postingStarts[term + 1] - postingStarts[term] }
}
