import Foundation

/// A stage the registry knows: its description and how to set it up from its options.
///
/// Swift stages come from `init(_:origin:)`; other kinds (plugins, external processes)
/// build one from their own description and a factory.
public struct RegisteredStage: Sendable {
    public var description: StageDescription
    let makeRunner: @Sendable (StageOptionsSource, StageContext) throws -> StageRunner

    public init(
        description: StageDescription,
        makeRunner: @escaping @Sendable (StageOptionsSource, StageContext) throws -> StageRunner
    ) {
        self.description = description
        self.makeRunner = makeRunner
    }

    public init<S: Stage>(_ type: S.Type, origin: String = "built-in") {
        self.description = StageDescription(
            name: S.name, summary: S.summary, version: S.version, inputs: S.inputs,
            output: S.Output.artifactName, defaultOptions: Self.encodedDefaults(S.Options.self),
            origin: origin, tables: (S.Output.self as? any TabularArtifact.Type)?.tables ?? [])
        self.makeRunner = { source, context in
            let options = try source.decode(S.Options.self)
            let stage = try S(options: options, context: context)
            return StageRunner { input in try stage.process(input) }
        }
    }

    /// Sets the stage up with `options`, as the loader does for each pipeline stage.
    public func runner(options: StageOptionsSource, context: StageContext) throws -> StageRunner {
        try makeRunner(options, context)
    }

    private static func encodedDefaults<O: StageOptions>(_ type: O.Type) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(O()) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
