import NewsroomStages
import PipelineCLI
import Stages

/// `pipeline` with this package's stages: `newsroom run pipeline.yaml ../articles`.
@main
struct Newsroom {
    static func main() throws {
        var registry = BuiltInStages.registry()
        try registry.register(KeywordCount.self, origin: "newsroom")
        try registry.register(SpeakerCount.self, origin: "newsroom")
        PipelineCLI.main(registry: registry)
    }
}
