import Foundation

/// Loads plugin libraries into a registry: each stage a plugin describes becomes a
/// `RegisteredStage` that talks to the library through the C ABI, with JSON payloads.
public enum PluginLoader {
    /// Loads the library at `path` (absolute, or relative to the working directory) and
    /// registers its stages. Loading a library whose stages are already registered from
    /// that same library (named in the file and with `--plugin`) does nothing.
    public static func load(path: String, into registry: inout StageRegistry) throws(PluginError) {
        let library = try PluginLibrary(path: path)
        let description = try library.describe(displayPath: path)
        let origin = "plugin " + library.path
        let types = registry.artifactTypes
        var added = registry
        for stage in description.stages {
            if let existing = added[stage.name] {
                if existing.description.origin == origin { continue }
                throw .duplicateName(path: path, stage: stage.name, existingOrigin: existing.description.origin)
            }
            do {
                try added.register(registeredStage(stage, library: library, origin: origin, types: types))
            } catch {
                throw .duplicateName(path: path, stage: stage.name, existingOrigin: "another stage of the plugin")
            }
        }
        // All or nothing: a plugin that fails halfway registers none of its stages.
        registry = added
    }

    /// Loads the plugins a pipeline file names, each resolved against the file's folder;
    /// every failure is a diagnostic at the line that named the plugin.
    static func load(
        _ plugins: [PipelineSpec.Located<String>], baseDirectory: String, into registry: inout StageRegistry,
        diagnostics: inout [Diagnostic]
    ) {
        let context = StageContext(stageID: "", baseDirectory: baseDirectory)
        for plugin in plugins {
            do {
                try load(path: context.resolvePath(plugin.value), into: &registry)
            } catch {
                diagnostics.append(Diagnostic(at: plugin.location, error.description, hint: error.hint))
            }
        }
    }

    private static func registeredStage(
        _ stage: PluginPayloads.Description.Stage, library: PluginLibrary, origin: String,
        types: [String: any Artifact.Type]
    ) -> RegisteredStage {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let defaults = (try? encoder.encode(stage.options)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        let outputType = types[stage.output]
        let description = StageDescription(
            name: stage.name, summary: stage.summary, version: stage.version, inputs: stage.inputs,
            output: stage.output, defaultOptions: defaults, origin: origin,
            tables: (outputType as? any TabularArtifact.Type)?.tables ?? [])
        let decoder = ArtifactDecoder(types: types)
        var registered = RegisteredStage(description: description) { source, context in
            let instance = try library.create(PluginPayloads.CreateRequest(
                stage: stage.name, stageID: context.stageID, baseDirectory: context.baseDirectory,
                options: source.json()))
            return StageRunner { input in
                let request = try PluginPayloads.processRequest(document: input.document, inputs: input.artifacts)
                let response = library.process(instance, request: request)
                return try decoder.decodeResponse(response, outputType: stage.output)
            }
        }
        registered.outputType = outputType
        return registered
    }
}
