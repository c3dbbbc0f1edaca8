/// Bounds that keep a hostile YAML file from exhausting time or memory.
public struct YAMLLimits: Sendable {
    /// Largest file accepted, in bytes. A pipeline is a few kilobytes.
    public var maxBytes: Int
    /// Deepest nesting of sequences and mappings.
    public var maxDepth: Int
    /// Most nodes a document may hold once every alias is expanded ("billion laughs" stops here).
    public var maxNodes: Int

    public init(maxBytes: Int = 4 << 20, maxDepth: Int = 256, maxNodes: Int = 1_000_000) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
    }
}
