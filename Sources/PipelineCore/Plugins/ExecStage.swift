import Foundation

/// The `exec` stage: a stage in any language, run as a child process per worker that
/// speaks the plugin ABI's JSON payloads one per line over its stdin and stdout.
///
/// ```yaml
/// - id: keywords
///   uses: exec
///   with:
///     command: [python3, keywords.py]
///     inputs: { tokens: TokenizedText }
///     output: KeywordCounts
///     options: { top: 10 }
/// ```
/// The child reads a first line `{"abi": 1, "stage": "exec", "stage_id", "base_directory",
/// "options"}` and answers `{"ok": true}` (or `{"error": {"message": …}}`); then, per
/// document, it reads `{"document": {"id", "metadata", "body"}, "inputs": {port: artifact}}`
/// and answers `{"output": …}` or `{"error": {"message": …}}`. A child that crashes, hangs
/// past `timeout` or answers garbage fails that document and is replaced.
public enum ExecStage {
    public static let name = "exec"

    /// The stage to register; each pipeline entry using it is specialized by its `with:`.
    ///
    /// A child's output whose declared type is in `artifactTypes` (pass the registry's
    /// `artifactTypes`) is decoded into that Swift type, so built-in stages can read it.
    public static func registered(
        origin: String = "built-in", artifactTypes: [String: any Artifact.Type] = [Text.artifactName: Text.self]
    ) -> RegisteredStage {
        let decoder = ArtifactDecoder(types: artifactTypes)
        var stage = RegisteredStage(description: description(ExecOptions(), origin: origin, types: artifactTypes)) {
            source, context in
            try runner(try source.decode(ExecOptions.self).validated(), context: context, decoder: decoder)
        }
        stage.specialize = { source in
            let options = try source.decode(ExecOptions.self).validated()
            let description = description(options, origin: origin, types: artifactTypes, ports: try options.ports())
            var specialized = RegisteredStage(description: description) { source, context in
                try runner(try source.decode(ExecOptions.self).validated(), context: context, decoder: decoder)
            }
            specialized.outputType = artifactTypes[options.output]
            return specialized
        }
        return stage
    }

    private static func description(
        _ options: ExecOptions, origin: String, types: [String: any Artifact.Type], ports: [InputPort]? = nil
    ) -> StageDescription {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let defaults = (try? encoder.encode(options)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return StageDescription(
            name: name,
            summary: "Runs a command (any language) per worker; JSON lines over stdin/stdout; ports and output type from 'with:'.",
            version: options.version, inputs: ports ?? [], output: options.output, defaultOptions: defaults,
            origin: origin, tables: (types[options.output] as? any TabularArtifact.Type)?.tables ?? [])
    }

    private static func runner(_ options: ExecOptions, context: StageContext, decoder: ArtifactDecoder) throws -> StageRunner {
        let request = PluginPayloads.CreateRequest(
            stage: name, stageID: context.stageID, baseDirectory: context.baseDirectory,
            options: options.options ?? .object([:]))
        let pool = try ExecPool(
            command: options.command, directory: context.baseDirectory, create: request, timeout: options.timeout)
        let output = options.output
        return StageRunner { input in
            let answer = try pool.exchange(try PluginPayloads.processRequest(document: input.document, inputs: input.artifacts))
            return try decoder.decodeResponse(answer, outputType: output)
        }
    }
}
