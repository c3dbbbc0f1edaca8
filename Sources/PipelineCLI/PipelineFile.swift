import ArgumentParser
import PipelineCore

/// The `PIPELINE` argument shared by the subcommands.
struct PipelineFile: ParsableArguments {
    @Argument(help: "The pipeline file (YAML).")
    var pipeline: String

    @Option(name: .customLong("plugin"), help: ArgumentHelp(
        "A plugin library (.so or .dylib) whose stages the pipeline may use; repeat for more.",
        valueName: "LIB"))
    var plugins: [String] = []

    /// Loads and checks the pipeline, printing its diagnostics and exiting 2 when it is bad.
    func load(registry: StageRegistry) throws -> Pipeline {
        do {
            return try PipelineLoader(registry: registry).load(path: pipeline)
        } catch {
            StandardError.print(error.description)
            let count = error.errors.count
            StandardError.print("\(count) error\(count == 1 ? "" : "s") in \(pipeline)")
            throw Exit.badPipeline
        }
    }
}
