/// A pipeline file as written, with the place of every part; checked by `PipelineLoader`.
struct PipelineSpec {
    struct Located<Value> {
        var value: Value
        var location: SourceLocation
    }

    struct StageEntry {
        var id: Located<String>
        var uses: Located<String>
        /// Port name → the id of the stage (or `document`) that feeds it.
        var inputs: [(port: Located<String>, source: Located<String>)]
        var options: YAMLNode?
        var location: SourceLocation
    }

    var name: String
    var inputFormat: InputFormat
    var inputGlob: String?
    var stages: [StageEntry]
    var outputStages: [Located<String>]?
    var plugins: [Located<String>]
}
