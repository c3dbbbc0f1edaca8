import PipelineCore
import Testing

struct PipelineLoaderTests {
    @Test func wiresByTypeFromTheStageAbove() throws {
        let pipeline = try load("""
            stages:
              - id: shout
                uses: upper
              - id: count
                uses: count-words
            """)
        #expect(pipeline.stages.map(\.id) == ["shout", "count"])
        #expect(pipeline.stages[0].inputs["text"] == .document)
        #expect(pipeline.stages[1].inputs["text"] == .stage("shout"))
    }

    @Test func namedInputsOverrideTypeWiring() throws {
        let pipeline = try load("""
            stages:
              - id: shout
                uses: upper
              - id: count
                uses: count-words
                inputs: { text: document }
            """)
        #expect(pipeline.stages[1].inputs["text"] == .document)
    }

    @Test func reportsUnknownStageTypeWithNearestName() {
        #expect(diagnostics("""
            stages:
              - id: a
                uses: count-word
            """) == ["3:11: unknown stage type 'count-word'"])
        do {
            _ = try load("stages:\n  - uses: uper\n")
        } catch {
            #expect(error.diagnostics.first?.hint == "did you mean 'upper'?")
        }
    }

    @Test func reportsDuplicateIDs() {
        #expect(diagnostics("""
            stages:
              - id: a
                uses: upper
              - id: a
                uses: upper
            """) == ["4:9: duplicate stage id 'a'"])
    }

    @Test func reportsUnknownInputStageAndPort() {
        #expect(diagnostics("""
            stages:
              - id: count
                uses: count-words
              - id: twice
                uses: double
                inputs: { count: cuont, txt: count }
            """) == [
                "6:22: stage 'twice' input 'count' names unknown stage 'cuont'",
                "6:29: stage 'twice' has no input 'txt'",
            ])
    }

    @Test func reportsTypeMismatchNamingBothTypes() {
        #expect(diagnostics("""
            stages:
              - id: shout
                uses: upper
              - id: twice
                uses: double
                inputs: { count: shout }
            """) == ["6:22: stage 'twice' input 'count' expects WordCount but 'shout' produces Text"])
    }

    @Test func reportsMissingRequiredInput() {
        #expect(diagnostics("""
            stages:
              - id: twice
                uses: double
            """) == ["3:11: stage 'twice' needs input 'count' of type WordCount, but no stage above it produces one"])
    }

    @Test func reportsAmbiguousWiring() {
        #expect(diagnostics("""
            stages:
              - id: one
                uses: count-words
              - id: two
                uses: count-words
              - id: twice
                uses: double
            """) == ["7:11: stage 'twice' input 'count' could come from 'one' or 'two'"])
    }

    @Test func reportsCycleWithItsPath() {
        #expect(diagnostics("""
            stages:
              - id: a
                uses: upper
                inputs: { text: b }
              - id: b
                uses: upper
                inputs: { text: a }
            """) == ["2:5: the stages form a cycle: 'a' -> 'b' -> 'a'"])
    }

    @Test func reportsBadOptionsAtTheirKey() {
        #expect(diagnostics("""
            stages:
              - id: count
                uses: count-words
                with:
                  minimum_lenght: 2
                  fail_on: [1]
            """) == ["6:16: stage 'count': 'fail_on' expects a string but found a sequence"])
        #expect(diagnostics("""
            stages:
              - id: count
                uses: count-words
                with:
                  minimum_lenght: 2
            """) == ["5:7: stage 'count': unknown option 'minimum_lenght'"])
        #expect(diagnostics("""
            stages:
              - id: count
                uses: count-words
                with: { minimum_length: 0 }
            """) == ["4:29: option 'minimum_length' of stage 'count': must be at least 1"])
        #expect(diagnostics("""
            stages:
              - id: count
                uses: count-words
                with: { minimum_length: three }
            """) == ["4:29: stage 'count': 'minimum_length' expects an integer but found a string 'three'"])
    }

    @Test func optionsKeepDefaultsForKeysLeftOut() throws {
        let pipeline = try load("""
            stages:
              - id: count
                uses: count-words
                with: { fail_on: "x" }
            """)
        let input = StageInput(document: Document(id: "d", body: "a b x"), artifacts: ["text": Text("a b")])
        let output = try pipeline.stages[0].runner.process(input) as? WordCount
        #expect(output == WordCount(count: 2))
    }

    @Test func reportsEveryProblemAtOnceInFileOrder() {
        let found = diagnostics("""
            name: x
            input: { format: articel }
            stages:
              - id: a
                uses: nope
              - id: b
                uses: upper
                inputs: { text: zzz }
            outputs: {}
            """)
        #expect(found == [
            "2:18: unknown input format 'articel'",
            "5:11: unknown stage type 'nope'",
            "8:21: stage 'b' input 'text' names unknown stage 'zzz'",
            "9:1: unknown key 'outputs' in pipeline",
        ])
    }

    @Test func printsLikeACompiler() {
        do {
            _ = try load("stages:\n  - id: a\n    uses: uper\n", file: "news.yaml")
            Issue.record("expected a diagnostic")
        } catch {
            #expect(error.description == """
                news.yaml:3:11: error: unknown stage type 'uper'
                    uses: uper
                          ^
                note: did you mean 'upper'?
                """)
        }
    }

    @Test func outputSelectsStages() throws {
        let pipeline = try load("""
            stages:
              - { id: shout, uses: upper }
              - { id: count, uses: count-words }
            output: { stages: [count] }
            """)
        #expect(pipeline.outputStageIDs == ["count"])
    }

    @Test func registryRefusesDuplicateNames() {
        var registry = testRegistry()
        #expect(throws: RegistryError.self) { try registry.register(Upper.self, origin: "a plugin") }
    }
}
