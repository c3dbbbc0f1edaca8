/// PageRank by power iteration over an undirected weighted `SentenceGraph`.
///
/// A random surfer follows an edge with probability `damping`, in proportion to its weight, and
/// jumps to a uniformly chosen sentence otherwise; a sentence without edges jumps uniformly.
/// Iteration stops when the L1 change of the rank vector falls under `tolerance`, or after
/// `maxIterations` (the change shrinks by at least `damping` per step, so with the defaults
/// it converges in about 130 steps at most).
struct PageRank: Sendable {
    var damping = 0.85
    var tolerance = 1e-9
    var maxIterations = 200

    /// The stationary probability of each node; sums to 1.
    func ranks(of graph: SentenceGraph) -> [Double] {
        let count = graph.count
        guard count > 0 else { return [] }
        var outWeight = Array(repeating: 0.0, count: count)
        for node in 0..<count {
            var sum = 0.0
            for edge in graph.starts[node]..<graph.starts[node + 1] { sum += graph.weights[edge] }
            outWeight[node] = sum
        }
        // The graph is symmetric, so node j's in-edges are its own adjacency list; each edge
        // (j, i) carries the share w / out(i) of i's rank.
        var share = Array(repeating: 0.0, count: graph.weights.count)
        for node in 0..<count {
            for edge in graph.starts[node]..<graph.starts[node + 1] {
                let from = Int(graph.neighbours[edge])
                share[edge] = outWeight[from] > 0 ? graph.weights[edge] / outWeight[from] : 0
            }
        }
        let uniform = 1.0 / Double(count)
        let dangling = (0..<count).filter { outWeight[$0] <= 0 }
        // Both rank vectors in one allocation, swapped by pointer after each step.
        let vectors = UnsafeMutableBufferPointer<Double>.allocate(capacity: 2 * count)
        defer { vectors.deallocate() }
        vectors.initialize(repeating: uniform)
        var rank = UnsafeMutableBufferPointer(rebasing: vectors[0..<count])
        var next = UnsafeMutableBufferPointer(rebasing: vectors[count...])
        share.withUnsafeBufferPointer { share in
            graph.neighbours.withUnsafeBufferPointer { neighbours in
                graph.starts.withUnsafeBufferPointer { starts in
                    for _ in 0..<maxIterations {
                        var danglingRank = 0.0
                        for node in dangling { danglingRank += rank[node] }
                        let base = (1 - damping) * uniform + damping * danglingRank * uniform
                        var change = 0.0
                        for node in 0..<count {
                            var sum = 0.0
                            for edge in starts[node]..<starts[node + 1] {
                                sum += share[edge] * rank[Int(neighbours[edge])]
                            }
                            let value = base + damping * sum
                            change += abs(value - rank[node])
                            next[node] = value
                        }
                        swap(&rank, &next)
                        if change < tolerance { break }
                    }
                }
            }
        }
        return Array(rank)
    }
}
