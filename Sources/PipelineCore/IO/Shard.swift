/// A deterministic share of a corpus: shard `index` of `count`, by a stable hash of the id.
public struct Shard: Sendable, Equatable {
    public var index: Int
    public var count: Int

    /// Parses `K/N` with 1 ≤ K ≤ N.
    public init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, k >= 1, k <= n else {
            return nil
        }
        index = k - 1
        count = n
    }

    public func contains(_ id: String) -> Bool {
        var hash = FNV1a()
        hash.add(id.utf8)
        return Int(hash.value % UInt64(count)) == index
    }
}
