/// Lead-N: the earlier a candidate sentence, the higher its score (1 for the first).
struct LeadScorer: Sendable {
    func scores(_ terms: SentenceTerms) -> [Double] {
        let count = Double(terms.count)
        return (0..<terms.count).map { 1 - Double($0) / count }
    }
}
