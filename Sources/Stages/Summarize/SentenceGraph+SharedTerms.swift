extension SentenceGraph {
    /// The graph `init(terms:termWeight:binary:weight:)` builds with every term weight 1 and
    /// `binary`, for a `weight` symmetric in `i` and `j` (TextRank's): `shared` is then the
    /// number of usable terms two sentences share, so each pair is counted once, for i < j,
    /// and its edge mirrored. The edges and weights are the same, bit for bit.
    init(sharedTermsOf terms: SentenceTerms, symmetricWeight weight: (_ i: Int, _ j: Int, _ shared: Double) -> Double) {
        let count = terms.count
        let usable = (0..<terms.termCount).map { terms.sentenceFrequency($0) <= Self.maxTermSentences }
        var shared = Array(repeating: Int32(0), count: count)
        var touched = Array(repeating: 0, count: count)
        // The edges (i, j), i < j, by i then j, with their weights.
        var upper: [(i: Int32, j: Int32, weight: Double)] = []
        var degree = Array(repeating: 0, count: count)
        let postings = terms.postings, postingStarts = terms.postingStarts
        let uniqueTerms = terms.uniqueTerms, uniqueStarts = terms.uniqueStarts
        shared.withUnsafeMutableBufferPointer { shared in
            touched.withUnsafeMutableBufferPointer { touched in
                for i in 0..<count {
                    var touchedCount = 0
                    for slot in uniqueStarts[i]..<uniqueStarts[i + 1] {
                        let term = Int(uniqueTerms[slot])
                        guard usable[term] else { continue }
                        for posting in postingStarts[term]..<postingStarts[term + 1] {
                            let j = Int(postings[posting])
                            if j <= i { continue }
                            if shared[j] == 0 {
                                touched[touchedCount] = j
                                touchedCount += 1
                            }
                            shared[j] += 1
                        }
                    }
                    var pairs = UnsafeMutableBufferPointer(rebasing: touched[0..<touchedCount])
                    pairs.sort()
                    for j in pairs {
                        let edge = weight(i, j, Double(shared[j]))
                        if edge > 0 && edge.isFinite {
                            upper.append((Int32(truncatingIfNeeded: i), Int32(truncatingIfNeeded: j), edge))
                            degree[i] += 1
                            degree[j] += 1
                        }
                        shared[j] = 0
                    }
                }
            }
        }
        // Row r holds its neighbours below r (from earlier edges, in order of their i) and then
        // those above (its own edges, in order of j): ascending, as the general builder gives.
        var starts = Array(repeating: 0, count: count + 1)
        for node in 0..<count { starts[node + 1] = starts[node] + degree[node] }
        var fill = starts
        var neighbours = Array(repeating: Int32(0), count: starts[count])
        var weights = Array(repeating: 0.0, count: starts[count])
        for edge in upper {
            let i = Int(edge.i), j = Int(edge.j)
            neighbours[fill[i]] = edge.j
            weights[fill[i]] = edge.weight
            fill[i] += 1
            neighbours[fill[j]] = edge.i
            weights[fill[j]] = edge.weight
            fill[j] += 1
        }
        self.init(count: count, neighbours: neighbours, weights: weights, starts: starts)
    }
}
