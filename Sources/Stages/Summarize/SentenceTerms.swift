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

    /// Reads the content words of `sentences` (each a scalar range of `text`) from the word
    /// tokens of `tokens`, which are in text order; a word whose lowercased form is in
    /// `stopWords` is left out.
    init(text: inout UTF8ScalarText, tokens: [Token], sentences: [Span], stopWords: TermTable) {
        // Every distinct lowercased word seen, stop words too, so a repeated word costs one
        // look-up; `termOfWord` gives its term id, or -1 for a stop word.
        // Sized so a document never grows it: it has fewer distinct words than tokens.
        let capacity = min(max(64, tokens.count), 1 << 15)
        var words = TermTable(minimumCapacity: capacity)
        var termOfWord: [Int32] = []
        termOfWord.reserveCapacity(capacity)
        var termCount = 0
        var occurrences: [Int32] = []
        occurrences.reserveCapacity(tokens.count)
        var occurrenceStarts: [Int] = [0]
        occurrenceStarts.reserveCapacity(sentences.count + 1)
        var lowercaser = WordLowercaser()
        defer { lowercaser.deallocate() }
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
                    token.start >= 0, token.end <= text.count, token.start < token.end
                else { continue }
                let bytes = text.bytes(ofScalars: token.start..<token.end)
                let lead = bytes[0]
                guard lead < 0x80 ? ScalarClass.isLetter(UInt32(lead))
                    : ScalarClass.isLetter(UTF8ScalarText.scalar(in: bytes, at: 0).value)
                else { continue }
                let word = lowercaser.lowercase(bytes, readable: text.readableBytes(from: bytes))
                let hash = TermTable.hash(word)
                let (id, isNew) = words.insert(word, hash: hash)
                if isNew {
                    if stopWords.id(of: word, hash: hash) != nil {
                        termOfWord.append(-1)
                    } else {
                        termOfWord.append(Int32(truncatingIfNeeded: termCount))
                        termCount += 1
                    }
                }
                let term = termOfWord[id]
                if term >= 0 { occurrences.append(term) }
            }
            occurrenceStarts.append(occurrences.count)
        }
        self.init(count: sentences.count, termCount: termCount,
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
        // Each sentence's distinct terms in order of first occurrence, counted through the
        // slot where each term was put, then sorted (a sentence has a few dozen at most).
        var lastSentence = Array(repeating: -1, count: termCount)
        var slotOfTerm = Array(repeating: 0, count: termCount)
        for sentence in 0..<count {
            let first = uniqueTerms.count
            for slot in occurrenceStarts[sentence]..<occurrenceStarts[sentence + 1] {
                let term = Int(occurrences[slot])
                if lastSentence[term] == sentence {
                    uniqueCounts[slotOfTerm[term]] += 1
                } else {
                    lastSentence[term] = sentence
                    slotOfTerm[term] = uniqueTerms.count
                    uniqueTerms.append(Int32(truncatingIfNeeded: term))
                    uniqueCounts.append(1)
                }
            }
            Self.sortByTerm(&uniqueTerms, &uniqueCounts, from: first)
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

    /// Sorts `terms[from...]` (distinct) ascending, moving `counts` along: insertion sort,
    /// which beats the general sort on the few dozen terms of a sentence.
    private static func sortByTerm(_ terms: inout [Int32], _ counts: inout [Int32], from first: Int) {
        guard terms.count - first > 1 else { return }
        terms.withUnsafeMutableBufferPointer { terms in
            counts.withUnsafeMutableBufferPointer { counts in
                for index in (first + 1)..<terms.count {
                    let term = terms[index]
                    let count = counts[index]
                    var slot = index
                    while slot > first && terms[slot - 1] > term {
                        terms[slot] = terms[slot - 1]
                        counts[slot] = counts[slot - 1]
                        slot -= 1
                    }
                    terms[slot] = term
                    counts[slot] = count
                }
            }
        }
    }

    /// The number of content-word occurrences in sentence `i`.
    func length(_ sentence: Int) -> Int { occurrenceStarts[sentence + 1] - occurrenceStarts[sentence] }

    /// The number of sentences that hold term `t`.
    func sentenceFrequency(_ term: Int) -> Int { postingStarts[term + 1] - postingStarts[term] }
}
