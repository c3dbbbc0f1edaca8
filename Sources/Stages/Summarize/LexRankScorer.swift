import Foundation

/// LexRank (Erkan & Radev 2004): sentences are linked by the idf-modified cosine of their
/// TF-IDF vectors, either unweighted where the cosine reaches a threshold (the paper's 0.1) or
/// weighted by the cosine (continuous LexRank), and ranked by PageRank.
///
/// IDF is computed over the document's own candidate sentences (log N / n_t), as sumy does:
/// the stage sees one document at a time and ships no background corpus.
struct LexRankScorer: Sendable {
    var pageRank: PageRank
    var threshold: Double
    var continuous: Bool

    /// The PageRank of each candidate sentence.
    func scores(_ terms: SentenceTerms) -> [Double] {
        let count = Double(terms.count)
        let idf = (0..<terms.termCount).map { term -> Double in
            let frequency = terms.sentenceFrequency(term)
            return frequency > 0 ? log(count / Double(frequency)) : 0
        }
        let termWeight = idf.map { $0 * $0 }
        var norm = Array(repeating: 0.0, count: terms.count)
        for sentence in 0..<terms.count {
            var sum = 0.0
            for slot in terms.uniqueStarts[sentence]..<terms.uniqueStarts[sentence + 1] {
                let value = Double(terms.uniqueCounts[slot]) * idf[Int(terms.uniqueTerms[slot])]
                sum += value * value
            }
            norm[sentence] = sum.squareRoot()
        }
        let graph = SentenceGraph(terms: terms, termWeight: termWeight, binary: false) { i, j, shared in
            let denominator = norm[i] * norm[j]
            guard denominator > 0 else { return 0 }
            let cosine = shared / denominator
            if continuous { return cosine }
            return cosine >= threshold ? 1 : 0
        }
        return pageRank.ranks(of: graph)
    }
}
