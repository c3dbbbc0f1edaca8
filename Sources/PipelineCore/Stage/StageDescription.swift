/// What `pipeline stages` shows of a stage, and what the loader checks wiring against.
public struct StageDescription: Sendable, Codable, Equatable {
    public var name: String
    public var summary: String
    public var version: Int
    public var inputs: [InputPort]
    /// The `artifactName` of the output type.
    public var output: String
    /// The options with their defaults, as JSON text (an object).
    public var defaultOptions: String
    /// Where the stage comes from: `built-in`, a package, or a plugin's path.
    public var origin: String
    /// The tables its output fills in CSV and SQLite outputs; empty when stored as JSON.
    public var tables: [TableSchema]

    public init(
        name: String, summary: String, version: Int, inputs: [InputPort], output: String,
        defaultOptions: String, origin: String, tables: [TableSchema] = []
    ) {
        self.name = name
        self.summary = summary
        self.version = version
        self.inputs = inputs
        self.output = output
        self.defaultOptions = defaultOptions
        self.origin = origin
        self.tables = tables
    }

    enum CodingKeys: String, CodingKey {
        case name, summary, version, inputs, output, origin, tables
        case defaultOptions = "options"
    }
}
