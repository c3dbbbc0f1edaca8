import PipelineCore

/// The stages that ship with `pipeline`, in the order `pipeline stages` lists them.
public enum BuiltInStages {
    public static let types: [any Stage.Type] = [
        Normalize.self,
        Tokenize.self,
        QuoteExtract.self,
        SentimentStage.self,
        Summarize.self,
    ]

    /// A registry holding every built-in stage.
    public static func registry() -> StageRegistry {
        var registry = StageRegistry()
        for type in types {
            // Built-in names are distinct by construction; a clash is a bug caught by tests.
            try? registry.register(RegisteredStage(type))
        }
        return registry
    }
}
