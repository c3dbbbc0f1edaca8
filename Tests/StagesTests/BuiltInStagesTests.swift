import PipelineCore
import Stages
import Testing

struct BuiltInStagesTests {
    @Test func everyBuiltInStageIsRegisteredUnderItsOwnName() {
        let registry = BuiltInStages.registry()
        #expect(registry.names == BuiltInStages.types.map { $0.name })
        #expect(Set(registry.names).count == BuiltInStages.types.count)
    }

    @Test func namesAreLowercaseWordsJoinedByHyphens() {
        for type in BuiltInStages.types {
            #expect(type.name.allSatisfy { $0.isLowercase || $0 == "-" }, "\(type.name)")
            #expect(!type.summary.isEmpty)
        }
    }

    @Test func everyBuiltInStageStartsWithItsDefaultOptions() throws {
        for stage in BuiltInStages.registry().stages {
            let source = try StageOptionsSource(json: "{}")
            let context = StageContext(stageID: stage.description.name, baseDirectory: ".")
            #expect(throws: Never.self) { _ = try stage.runner(options: source, context: context) }
        }
    }
}
