import PipelineCLI
import Stages

/// The stock `pipeline` tool: the command line with the built-in stages.
@main
struct PipelineMain {
    static func main() {
        PipelineCLI.main(registry: BuiltInStages.registry())
    }
}
