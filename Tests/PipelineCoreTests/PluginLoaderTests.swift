import Foundation
import PipelineCore
import Testing

struct PluginLoaderTests {
    private let folder: ScratchFolder

    init() throws {
        folder = try ScratchFolder()
    }

    private func plugin(_ name: String = "words", _ defines: String...) throws -> String {
        try folder.sharedLibrary(name, source: cPluginSource, defines: defines)
    }

    @Test func aMissingPluginIsAnErrorAtItsLine() {
        let found = pluginDiagnostics("""
            plugins:
              - build/libnothing.so
            stages:
              - { id: shout, uses: upper }
            """, in: folder)
        #expect(found == ["2:5: plugin '\(folder.path)/build/libnothing.so' not found"])
    }

    @Test func aFileThatIsNotALibraryIsAnErrorAtItsLine() throws {
        try folder.write("notes.txt", "not a library\n")
        let found = pluginDiagnostics("""
            stages:
              - { id: shout, uses: upper }
            plugins: [notes.txt]
            """, in: folder)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("3:11: plugin '\(folder.path)/notes.txt' is not a shared library: ") == true)
    }

    @Test func aFolderIsNotALibrary() throws {
        #expect(throws: PluginError.notALibrary(path: folder.path, reason: "it is a folder")) {
            var registry = StageRegistry()
            try PluginLoader.load(path: folder.path, into: &registry)
        }
    }

    @Test func aLibraryWithoutTheEntryPointIsRefused() throws {
        let library = try plugin("noentry", "NO_ENTRY")
        #expect(throws: PluginError.missingEntryPoint(path: library)) {
            var registry = StageRegistry()
            try PluginLoader.load(path: library, into: &registry)
        }
        let found = pluginDiagnostics("plugins: [libnoentry.so]\nstages: [{ id: shout, uses: upper }]", in: folder)
        #expect(found == ["1:11: plugin '\(library)' has no entry point 'pipeline_plugin_entry'"])
    }

    @Test func aPluginSpeakingAnotherABIVersionIsRefused() throws {
        let library = try plugin("future", "REPORTED_ABI=7u")
        #expect(throws: PluginError.abiMismatch(path: library, plugin: 7, host: PluginPayloads.abiVersion)) {
            var registry = StageRegistry()
            try PluginLoader.load(path: library, into: &registry)
        }
    }

    @Test func aPluginWithAnUnreadableDescriptionIsRefused() throws {
        let library = try plugin("garbled", "BAD_DESCRIPTION")
        var registry = StageRegistry()
        do {
            try PluginLoader.load(path: library, into: &registry)
            Issue.record("loaded a plugin with a bad description")
        } catch {
            guard case .badDescription(let path, _) = error else {
                Issue.record("wrong error: \(error)")
                return
            }
            #expect(path == library)
        }
        #expect(registry.names.isEmpty)
    }

    @Test func aPluginStageNamedLikeABuiltInIsRefusedAndRegistersNothing() throws {
        let library = try plugin("clash", #"STAGE_NAME="upper""#)
        var registry = testRegistry()
        #expect(throws: PluginError.duplicateName(path: library, stage: "upper", existingOrigin: "built-in")) {
            try PluginLoader.load(path: library, into: &registry)
        }
        #expect(registry.names == testRegistry().names)
        let found = pluginDiagnostics("stages: [{ id: shout, uses: upper }]\nplugins: [libclash.so]", in: folder)
        #expect(found == ["2:11: plugin '\(library)' registers stage 'upper', which is already registered from built-in"])
    }

    @Test func theSameLibraryFromTheFileAndTheCommandLineLoadsOnce() throws {
        let library = try plugin()
        var registry = testRegistry()
        try PluginLoader.load(path: library, into: &registry)
        try PluginLoader.load(path: library, into: &registry)
        #expect(registry.names == testRegistry().names + ["c-words"])
        #expect(registry["c-words"]?.description.origin == "plugin " + library)
        #expect(registry["c-words"]?.description.version == 2)
        _ = try loadPipeline("plugins: [libwords.so]\nstages: [{ id: words, uses: c-words }]", in: folder, registry: registry)
    }

    @Test func pluginStagesRunAndAThrowingStageFailsItsDocumentOnly() throws {
        _ = try plugin()
        let pipeline = try loadPipeline("""
            plugins: [libwords.so]
            stages:
              - { id: words, uses: c-words }
              - { id: twice, uses: double }
            """, in: folder)
        let results = try runDocuments(pipeline, ["one two three", "this will FAIL", "four"])
        #expect(results == [
            #"words={"count":3} twice={"count":6}"#,
            "twice!skipped: its input from 'words' failed words!the body says FAIL",
            #"words={"count":1} twice={"count":2}"#,
        ])
    }

    @Test func aPluginAnsweringGarbageFailsTheDocument() throws {
        _ = try plugin()
        let pipeline = try loadPipeline("plugins: [libwords.so]\nstages: [{ id: words, uses: c-words }]", in: folder)
        let results = try runDocuments(pipeline, ["GARBAGE in"])
        #expect(results.count == 1)
        #expect(results.first?.hasPrefix("words!the stage's output does not decode as WordCount") == true)
    }

    @Test func aPluginOutputNamedLikeAKnownTypeIsDecodedIntoIt() throws {
        _ = try plugin("text", #"OUTPUT_TYPE="Text""#, #"STAGE_NAME="c-text""#)
        let pipeline = try loadPipeline("""
            plugins: [libtext.so]
            stages:
              - { id: text, uses: c-text }
              - { id: shout, uses: upper, inputs: { text: text } }
            """, in: folder)
        #expect(try runDocuments(pipeline, ["anything"]) == [#"text={"text":"from c"} shout={"text":"FROM C"}"#])
    }

    @Test func aPluginOutputOfAnUnknownTypeStaysJSONAndIsTypeChecked() throws {
        _ = try plugin("length", #"OUTPUT_TYPE="Length""#, #"STAGE_NAME="c-length""#)
        let found = pluginDiagnostics("""
            plugins: [liblength.so]
            stages:
              - { id: length, uses: c-length }
              - { id: twice, uses: double, inputs: { count: length } }
            """, in: folder)
        #expect(found == ["4:49: stage 'twice' input 'count' expects WordCount but 'length' produces Length"])
        let pipeline = try loadPipeline("plugins: [liblength.so]\nstages: [{ id: length, uses: c-length }]", in: folder)
        #expect(try runDocuments(pipeline, ["a b"]) == [#"length={"count":2}"#])
    }

    @Test func aPluginRefusingAnOptionIsAnErrorAtThatKey() throws {
        _ = try plugin()
        let found = pluginDiagnostics("""
            plugins: [libwords.so]
            stages:
              - id: words
                uses: c-words
                with: { minimum: 0 }
            """, in: folder)
        #expect(found == ["5:22: option 'minimum' of stage 'words': must be at least 1"])
    }
}
