/// A sparse, weighted graph of sentences: an edge for each pair that shares a term and whose
/// similarity is positive, stored as adjacency lists in flat arrays.
///
/// Similarity is computed through the inverted index of `SentenceTerms`, so only pairs that
/// share a word are ever looked at. Terms found in more than `maxTermSentences` sentences are
/// left out of the comparison: they carry almost no information (their IDF is near zero), and
/// on a huge document they would make the graph dense (a news article has far fewer sentences
/// than the bound, so there it changes nothing).
struct SentenceGraph: Sendable {
    /// The number of sentences (nodes).
    let count: Int
    /// Neighbours of node `i`, ascending: `neighbours[starts[i]..<starts[i + 1]]`, with `weights`.
    let neighbours: [Int32]
    let weights: [Double]
    let starts: [Int]

    /// Terms in more sentences than this are not used to link sentences (no BBC article has a term
    /// in more; on a 200,000-word document it keeps textrank near 0.2 s instead of 0.65 s).
    static let maxTermSentences = 100

    init(count: Int, neighbours: [Int32], weights: [Double], starts: [Int]) {
        self.count = count
        self.neighbours = neighbours
        self.weights = weights
        self.starts = starts
    }

    /// Builds the graph of `terms`. For each pair (i, j), i ≠ j, that shares a usable term,
    /// `weight(i, j, shared)` gives the edge weight (≤ 0: no edge), where `shared` is the sum over
    /// shared terms t of `termWeight[t] · c_i(t) · c_j(t)`, with counts c = 1 when `binary`.
    init(
        terms: SentenceTerms, termWeight: [Double], binary: Bool,
        weight: (_ i: Int, _ j: Int, _ shared: Double) -> Double
    ) {
        let count = terms.count
        var neighbours: [Int32] = []
        var weights: [Double] = []
        var starts: [Int] = [0]
        starts.reserveCapacity(count + 1)
        // Per pair: the shared sum so far, and whether the pair is in `touched` yet.
        var accumulator = Array(repeating: 0.0, count: count)
        var seen = Array(repeating: false, count: count)
        var touched = Array(repeating: 0, count: count)
        // Which terms link sentences, decided once per term instead of once per posting.
        let usable = (0..<terms.termCount).map { term in
            termWeight[term] > 0 && terms.sentenceFrequency(term) <= Self.maxTermSentences
        }
        let postings = terms.postings, postingCounts = terms.postingCounts, postingStarts = terms.postingStarts
        let uniqueTerms = terms.uniqueTerms, uniqueCounts = terms.uniqueCounts, uniqueStarts = terms.uniqueStarts
        accumulator.withUnsafeMutableBufferPointer { accumulator in
            seen.withUnsafeMutableBufferPointer { seen in
                touched.withUnsafeMutableBufferPointer { touched in
                    for i in 0..<count {
                        var touchedCount = 0
                        for slot in uniqueStarts[i]..<uniqueStarts[i + 1] {
                            let term = Int(uniqueTerms[slot])
                            guard usable[term] else { continue }
                            let termWeight = termWeight[term]
                            let countInI = binary ? 1.0 : Double(uniqueCounts[slot])
                            for posting in postingStarts[term]..<postingStarts[term + 1] {
                                let j = Int(postings[posting])
                                if j == i { continue }
                                if !seen[j] {
                                    seen[j] = true
                                    touched[touchedCount] = j
                                    touchedCount += 1
                                }
                                let countInJ = binary ? 1.0 : Double(postingCounts[posting])
                                accumulator[j] += termWeight * countInI * countInJ
                            }
                        }
                        var pairs = UnsafeMutableBufferPointer(rebasing: touched[0..<touchedCount])
                        pairs.sort()
                        for j in pairs {
                            let edge = weight(i, j, accumulator[j])
                            if edge > 0 && edge.isFinite {
                                neighbours.append(Int32(truncatingIfNeeded: j))
                                weights.append(edge)
                            }
                            accumulator[j] = 0
                            seen[j] = false
                        }
                        starts.append(neighbours.count)
                    }
                }
            }
        }
        self.count = count
        self.neighbours = neighbours
        self.weights = weights
        self.starts = starts
    }
}
