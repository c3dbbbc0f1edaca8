/// Picks the summary sentences from their scores: the best first, ties to the earlier sentence,
/// with maximal marginal relevance (Carbonell & Goldstein 1998) when `redundancy` > 0.
///
/// With MMR each pick maximizes `score − redundancy · max cosine(sentence, picked)`, the cosine
/// taken over content-word counts, and a near-duplicate of a picked sentence (cosine at least
/// `duplicateCosine`) is not picked while any other candidate is left. Scores are expected
/// scaled to [0, 1], so the weight means the same for every method.
struct SentenceSelector: Sendable {
    var redundancy: Double

    static let duplicateCosine = 0.95

    /// What the selector decided.
    struct Selection: Equatable {
        /// The indexes of the picked candidates, ascending (document order).
        var picked: [Int]
        /// With MMR, each candidate's largest cosine to the sentences picked before it (for a
        /// picked one) or to all picked sentences (for the others); nil without MMR.
        var redundancy: [Double]?
    }

    func select(_ count: Int, scores: [Double], terms: SentenceTerms) -> Selection {
        let budget = min(count, scores.count)
        guard budget > 0 else {
            return Selection(picked: [], redundancy: redundancy > 0 ? scores.map { _ in 0 } : nil)
        }
        if redundancy <= 0 {
            let order = scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
            return Selection(picked: order.prefix(budget).sorted(), redundancy: nil)
        }
        var norm = Array(repeating: 0.0, count: terms.count)
        for sentence in 0..<terms.count {
            var sum = 0.0
            for slot in terms.uniqueStarts[sentence]..<terms.uniqueStarts[sentence + 1] {
                let value = Double(terms.uniqueCounts[slot])
                sum += value * value
            }
            norm[sentence] = sum.squareRoot()
        }
        var maxSimilarity = Array(repeating: 0.0, count: scores.count)
        var atPick = Array(repeating: 0.0, count: scores.count)
        var picked = Array(repeating: false, count: scores.count)
        var dot = Array(repeating: 0.0, count: scores.count)
        var touched: [Int] = []
        var result: [Int] = []
        result.reserveCapacity(budget)
        while result.count < budget {
            var best = -1
            var bestGain = -Double.infinity
            var bestIsDuplicate = true
            for candidate in scores.indices where !picked[candidate] {
                let isDuplicate = maxSimilarity[candidate] >= Self.duplicateCosine
                let gain = scores[candidate] - redundancy * maxSimilarity[candidate]
                // Strict comparison: ties go to the earlier sentence.
                if (bestIsDuplicate && !isDuplicate) || (isDuplicate == bestIsDuplicate && gain > bestGain) {
                    bestGain = gain
                    best = candidate
                    bestIsDuplicate = isDuplicate
                }
            }
            guard best >= 0 else { break }
            atPick[best] = maxSimilarity[best]
            picked[best] = true
            result.append(best)
            // Cosines of the new pick to the sentences it shares a word with, via the index.
            touched.removeAll(keepingCapacity: true)
            for slot in terms.uniqueStarts[best]..<terms.uniqueStarts[best + 1] {
                let term = Int(terms.uniqueTerms[slot])
                guard terms.sentenceFrequency(term) <= SentenceGraph.maxTermSentences else { continue }
                let countInBest = Double(terms.uniqueCounts[slot])
                for posting in terms.postingStarts[term]..<terms.postingStarts[term + 1] {
                    let other = Int(terms.postings[posting])
                    if dot[other] == 0 { touched.append(other) }
                    dot[other] += countInBest * Double(terms.postingCounts[posting])
                }
            }
            for other in touched {
                let denominator = norm[best] * norm[other]
                if denominator > 0 {
                    maxSimilarity[other] = max(maxSimilarity[other], dot[other] / denominator)
                }
                dot[other] = 0
            }
        }
        let redundancy = scores.indices.map { picked[$0] ? atPick[$0] : maxSimilarity[$0] }
        return Selection(picked: result.sorted(), redundancy: redundancy)
    }
}
