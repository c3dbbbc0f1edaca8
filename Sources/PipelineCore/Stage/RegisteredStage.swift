import Foundation

/// A stage the registry knows: its description and how to set it up from its options.
///
/// Swift stages come from `init(_:origin:)`; other kinds (plugins, external processes)
/// build one from their own description and a factory.
public struct RegisteredStage: Sendable {
    public var description: StageDescription
    let makeRunner: @Sendable (StageOptionsSource, StageContext) throws -> StageRunner
    /// The Swift type of the output, when the stage is a Swift `Stage`; plugin outputs of the
    /// same name are decoded into it.
    public var outputType: (any Artifact.Type)?
    /// For a stage whose ports depend on its options (`exec`): the stage as set up by one
    /// pipeline entry's `with:`, checked in place of this one. Throws like options do.
    public var specialize: (@Sendable (StageOptionsSource) throws -> RegisteredStage)?

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
        self.outputType = S.Output.self
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
