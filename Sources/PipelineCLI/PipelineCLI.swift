import ArgumentParser
import PipelineCore

/// The whole `pipeline` command, for an executable of your own that adds stages to it.
///
/// ```swift
/// @main struct MyPipeline {
///     static func main() {
///         var registry = BuiltInStages.registry()
///         try! registry.register(KeywordCount.self, origin: "my-package")
///         PipelineCLI.main(registry: registry)
///     }
/// }
/// ```
public enum PipelineCLI {
    /// Parses the command line (or `arguments`) and runs the subcommand with `registry`'s
    /// stages, plus `exec` and any `--plugin` libraries. Exits the process on failure.
    public static func main(registry: StageRegistry, arguments: [String]? = nil) {
        Registry.$base.withValue(registry) {
            PipelineCommand.main(arguments)
        }
    }
}

/// The stages every subcommand can use: the registry given to `PipelineCLI.main`, the
/// `exec` stage, and the libraries named with `--plugin`.
enum Registry {
    @TaskLocal static var base = StageRegistry()

    static func load(plugins: [String] = []) throws -> StageRegistry {
        var registry = base
        if registry[ExecStage.name] == nil {
            try? registry.register(ExecStage.registered(artifactTypes: registry.artifactTypes))
        }
        for plugin in plugins {
            do {
                try PluginLoader.load(path: plugin, into: &registry)
            } catch {
                StandardError.print("error: --plugin: \(error)")
                if let hint = error.hint { StandardError.print("note: \(hint)") }
                throw Exit.badPipeline
            }
        }
        return registry
    }
}
