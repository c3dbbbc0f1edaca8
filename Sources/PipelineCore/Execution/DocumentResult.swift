/// What a pipeline made of one document: each stage's output and each stage's error.
public struct DocumentResult: Sendable {
    public var id: String
    public var metadata: [String: String]
    /// Outputs by stage id, in the pipeline's stage order.
    public var outputs: [(stageID: String, artifact: any Artifact)]
    /// Errors by stage id; `read` for a document that could not be read at all.
    public var errors: [String: String]
    /// The input position, for ordered output.
    public var index: Int
    /// What was computed from what: the pipeline's fingerprint and a hash of the document.
    public var fingerprint: String?
    /// Set for a document `--resume` skipped because its result is already written.
    public var isReused = false
    /// The result as the sink will write it, when the sink prepared it ahead (`ResultSink.prepare`).
    public var encoded: [UInt8]?

    public init(
        id: String, metadata: [String: String], outputs: [(stageID: String, artifact: any Artifact)] = [],
        errors: [String: String] = [:], index: Int = 0
    ) {
        self.id = id
        self.metadata = metadata
        self.outputs = outputs
        self.errors = errors
        self.index = index
    }

    public var failed: Bool { !errors.isEmpty }

    public func output(_ stageID: String) -> (any Artifact)? {
        outputs.first { $0.stageID == stageID }?.artifact
    }
}
