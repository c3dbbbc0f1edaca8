import Foundation
import PipelineCore
import Testing

/// A stage from "another package", with its own output type, used next to the test stages.
private struct Longest: Artifact, Equatable {
    var word: String
}

private struct LongestWord: Stage {
    static let name = "longest-word"
    static let summary = "Finds the longest word."
    static let inputs: [InputPort] = [.required("text", Text.self), .optional("count", WordCount.self)]
    init(options: NoOptions, context: StageContext) {}
    func process(_ input: StageInput) throws -> Longest {
        let text = try input.required("text", as: Text.self).text
        let words = text.split(separator: " " as Character)
        return Longest(word: words.max { $0.count < $1.count }.map(String.init) ?? "")
    }
}

/// Another stage type that claims the name `upper`.
private struct OtherUpper: Stage {
    static let name = "upper"
    static let summary = "Another upper."
    static let inputs: [InputPort] = []
    init(options: NoOptions, context: StageContext) {}
    func process(_ input: StageInput) throws -> Text { Text("") }
}

struct CustomStageTests {
    @Test func aNameRegisteredTwiceIsAnErrorNamingBothOrigins() {
        var registry = testRegistry()
        let error = #expect(throws: RegistryError.self) { try registry.register(OtherUpper.self, origin: "newsroom") }
        #expect(error?.description == "stage 'upper' from newsroom is already registered from built-in; rename one of them")
        #expect(registry["upper"]?.description.summary == "Uppercases the text.")
        #expect(registry.names == testRegistry().names)
    }

    @Test func aCustomStageOutputIsTypeCheckedByItsOwnTypeName() throws {
        var registry = testRegistry()
        try registry.register(LongestWord.self, origin: "newsroom")
        #expect(registry["longest-word"]?.description.output == "Longest")
        #expect(registry["longest-word"]?.description.origin == "newsroom")
        let folder = try ScratchFolder()
        let found = pluginDiagnostics("""
            stages:
              - { id: longest, uses: longest-word }
              - { id: twice, uses: double, inputs: { count: longest } }
              - { id: again, uses: longest-word, inputs: { count: longest } }
            """, in: folder, registry: registry)
        #expect(found == [
            "3:49: stage 'twice' input 'count' expects WordCount but 'longest' produces Longest",
            "4:55: stage 'again' input 'count' expects WordCount but 'longest' produces Longest",
        ])
        let pipeline = try loadPipeline("""
            stages:
              - { id: count, uses: count-words }
              - { id: longest, uses: longest-word }
            """, in: folder, registry: registry)
        #expect(pipeline.stages.first { $0.id == "longest" }?.inputs == ["text": .document, "count": .stage("count")])
        #expect(try runDocuments(pipeline, ["a bbb cc"]) == [#"count={"count":3} longest={"word":"bbb"}"#])
    }

    @Test func theRegistryKnowsEachSwiftStagesOutputTypeByName() {
        var registry = testRegistry()
        try? registry.register(LongestWord.self)
        let types = registry.artifactTypes
        #expect(types.keys.sorted() == ["Longest", "Text", "WordCount"])
    }

    @Test func aSwiftStageReadsAnOutputKnownOnlyAsJSONByItsOwnType() throws {
        let json = JSONArtifact(typeName: "WordCount", value: .object(["count": .int(4)]))
        let input = StageInput(document: Document(id: "d", body: ""), artifacts: ["count": json, "text": json])
        #expect(try input.required("count", as: WordCount.self) == WordCount(count: 4))
        #expect(throws: StageInputError.self) { try input.required("text", as: Text.self) }
        #expect(try JSONEncoder().encode(json) == Data(#"{"count":4}"#.utf8))
    }
}
