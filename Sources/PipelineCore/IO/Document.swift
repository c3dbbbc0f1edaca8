/// One article to analyse: an id, metadata from its header, and its body text.
public struct Document: Sendable, Equatable {
    /// The path relative to the input root without extension, or the JSONL `id`.
    public var id: String
    /// Header fields (`title`, `date`, `byline`) and facts about the source (`source`).
    public var metadata: [String: String]
    /// The text stages read; offsets of the body-reading stages count from its start.
    public var body: String

    public init(id: String, metadata: [String: String] = [:], body: String) {
        self.id = id
        self.metadata = metadata
        self.body = body
    }
}
