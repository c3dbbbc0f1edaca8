import ArgumentParser
import Foundation
import PipelineCore

struct PipelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipeline",
        abstract: "Run YAML-defined text analysis pipelines over news articles.",
        subcommands: [RunCommand.self, ValidateCommand.self, GraphCommand.self, StagesCommand.self]
    )

    /// Runs like `ParsableCommand.main()`, but misuse exits 2 as documented, not 64.
    static func main(_ arguments: [String]?) {
        // Past a file-size limit (`ulimit -f`) the kernel would kill the process with SIGXFSZ
        // mid-write; ignored, the write fails with EFBIG and the run reports it and exits 3.
        signal(SIGXFSZ, SIG_IGN)
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                StandardError.print(fullMessage(for: error))
                Foundation.exit(Exit.badPipeline.rawValue)
            }
            exit(withError: error)
        }
    }
}

/// Exit codes the tool documents: 0 all done, 1 some documents failed, 2 bad pipeline or
/// arguments, 3 input or output failure.
enum Exit {
    static let documentsFailed = ExitCode(1)
    static let badPipeline = ExitCode(2)
    static let ioFailure = ExitCode(3)
}
