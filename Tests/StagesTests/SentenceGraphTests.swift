import Foundation
import Testing

@testable import Stages

struct SentenceGraphTests {
    /// Sentences of pseudo-random words from a small vocabulary (a fixed linear congruential
    /// sequence), some empty, so pairs share zero, one or many terms.
    private func randomTerms(sentences: Int, vocabulary: Int, seed: UInt64) -> SentenceTerms {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        var occurrences: [Int32] = []
        var starts = [0]
        for _ in 0..<sentences {
            for _ in 0..<next(12) { occurrences.append(Int32(next(vocabulary))) }
            starts.append(occurrences.count)
        }
        return SentenceTerms(count: sentences, termCount: vocabulary, occurrences: occurrences, occurrenceStarts: starts)
    }

    @Test(arguments: [(1, 3, 1), (6, 4, 2), (25, 40, 3), (60, 30, 4), (12, 500, 5), (130, 3, 6)])
    func countingEachPairOnceGivesTheGeneralGraph(sentences: Int, vocabulary: Int, seed: UInt64) {
        let terms = randomTerms(sentences: sentences, vocabulary: vocabulary, seed: seed)
        let logLength = (0..<terms.count).map { log(Double(max(1, terms.length($0)))) }
        let weight = { (i: Int, j: Int, shared: Double) -> Double in
            let norm = logLength[i] + logLength[j]
            return norm > 0 ? shared / norm : shared
        }
        let general = SentenceGraph(
            terms: terms, termWeight: Array(repeating: 1, count: terms.termCount), binary: true, weight: weight)
        let shared = SentenceGraph(sharedTermsOf: terms, symmetricWeight: weight)
        #expect(shared.count == general.count)
        #expect(shared.starts == general.starts)
        #expect(shared.neighbours == general.neighbours)
        #expect(shared.weights.map(\.bitPattern) == general.weights.map(\.bitPattern))
    }
}
