import Foundation

/// TextRank (Mihalcea & Tarau 2004, section 4.1): sentences are linked by the number of words
/// they share, divided by the sum of the logs of their lengths, and ranked by weighted PageRank.
struct TextRankScorer: Sendable {
    var pageRank: PageRank

    /// The PageRank of each candidate sentence.
    func scores(_ terms: SentenceTerms) -> [Double] {
        let logLength = (0..<terms.count).map { log(Double(max(1, terms.length($0)))) }
        let graph = SentenceGraph(sharedTermsOf: terms) { i, j, shared in
            let norm = logLength[i] + logLength[j]
            // Two one-word sentences: log 1 + log 1 = 0, and the paper's formula is undefined.
            return norm > 0 ? shared / norm : shared
        }
        return pageRank.ranks(of: graph)
    }
}
