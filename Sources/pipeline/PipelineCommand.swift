import ArgumentParser
import PipelineCore
import Stages

@main
struct PipelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipeline",
        abstract: "Run YAML-defined text analysis pipelines over news articles.",
        subcommands: [RunCommand.self, ValidateCommand.self, GraphCommand.self, StagesCommand.self]
    )
}

/// The stages every subcommand can use.
enum Registry {
    static func load() -> StageRegistry { BuiltInStages.registry() }
}

/// Exit codes the tool documents: 0 all done, 1 some documents failed, 2 bad pipeline or
/// arguments, 3 input or output failure.
enum Exit {
    static let documentsFailed = ExitCode(1)
    static let badPipeline = ExitCode(2)
    static let ioFailure = ExitCode(3)
}
