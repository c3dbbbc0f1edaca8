/// A checked pipeline, ready to run: stages in an order where every input comes first.
public struct Pipeline: Sendable {
    public var name: String
    public var inputFormat: InputFormat
    /// A file-name pattern for folder inputs (`*.txt` when not set).
    public var inputGlob: String?
    /// Stages in dependency order (file order where the wiring allows).
    public var stages: [PipelineStage]
    /// The ids of the stages whose outputs are written, in stage order.
    public var outputStageIDs: [String]
    /// Plugin libraries named in the file, resolved against its folder.
    public var plugins: [String]
    /// Identifies what this pipeline computes: its file and every stage's name and version.
    public var fingerprint: String

    public init(
        name: String, inputFormat: InputFormat, inputGlob: String? = nil, stages: [PipelineStage],
        outputStageIDs: [String]? = nil, plugins: [String] = [], fingerprint: String = ""
    ) {
        self.name = name
        self.inputFormat = inputFormat
        self.inputGlob = inputGlob
        self.stages = stages
        self.outputStageIDs = outputStageIDs ?? stages.map(\.id)
        self.plugins = plugins
        self.fingerprint = fingerprint
    }
}

/// Where a stage's input comes from.
public enum ArtifactSource: Sendable, Hashable, CustomStringConvertible {
    /// The document body, as `Text`.
    case document
    /// The output of the stage with this id.
    case stage(String)

    public var description: String {
        switch self {
        case .document: "document"
        case .stage(let id): id
        }
    }
}

/// One stage of a checked pipeline: its id, what it is, where each input comes from.
public struct PipelineStage: Sendable {
    public var id: String
    public var description: StageDescription
    /// Port name → source, for every wired port.
    public var inputs: [String: ArtifactSource]
    public var runner: StageRunner

    public init(id: String, description: StageDescription, inputs: [String: ArtifactSource], runner: StageRunner) {
        self.id = id
        self.description = description
        self.inputs = inputs
        self.runner = runner
    }
}
