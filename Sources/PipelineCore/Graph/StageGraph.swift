/// The dependency graph of a pipeline's stages, by index.
struct StageGraph {
    let ids: [String]
    /// For each stage, the ids it reads from.
    let dependencies: [Set<String>]

    /// Stages ordered so each comes after what it reads; among the ready ones, file order.
    /// On a cycle, the indices of one cycle in wiring order.
    func topologicalOrder() -> Result<[Int], CycleError> {
        let index = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let remaining = dependencies.map { deps in deps.compactMap { index[$0] } }
        var done = [Bool](repeating: false, count: ids.count)
        var order: [Int] = []
        while order.count < ids.count {
            guard let next = remaining.indices.first(where: { !done[$0] && remaining[$0].allSatisfy { done[$0] } }) else {
                return .failure(CycleError(indices: findCycle(remaining, done: done)))
            }
            done[next] = true
            order.append(next)
        }
        return .success(order)
    }

    /// Follows unfinished dependencies from an unfinished stage until one repeats.
    private func findCycle(_ edges: [[Int]], done: [Bool]) -> [Int] {
        guard var current = done.indices.first(where: { !done[$0] }) else { return [] }
        var path: [Int] = []
        var position: [Int: Int] = [:]
        while position[current] == nil {
            position[current] = path.count
            path.append(current)
            guard let next = edges[current].first(where: { !done[$0] }) else { return path }
            current = next
        }
        // The path runs along "reads from" edges; reverse it to print in data-flow order,
        // starting from the stage written first in the file.
        let cycle = Array(path[position[current]!...].reversed())
        let first = cycle.indices.min { cycle[$0] < cycle[$1] } ?? 0
        return Array(cycle[first...] + cycle[..<first])
    }

    struct CycleError: Error {
        var indices: [Int]
    }
}
