/// A configured stage, type-erased for the executor.
public struct StageRunner: Sendable {
    private let body: @Sendable (StageInput) throws -> any Artifact

    public init(_ body: @escaping @Sendable (StageInput) throws -> any Artifact) {
        self.body = body
    }

    public func process(_ input: StageInput) throws -> any Artifact {
        try body(input)
    }
}
