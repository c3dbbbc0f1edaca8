/// The documents named on a command line: folders, files, JSONL files, or `-` for JSONL on stdin.
public enum InputSources {
    /// One lazy stream over every input in the order given.
    public static func documents(
        _ inputs: [String], pipeline: Pipeline, maxDocumentBytes: Int = 32 << 20, shard: Shard? = nil
    ) -> AnySequence<DocumentInput> {
        let sequences: [AnySequence<DocumentInput>] = inputs.map { input in
            if input == "-" || input.hasSuffix(".jsonl") || pipeline.inputFormat == .jsonl {
                return AnySequence(JSONLReader(
                    path: input, format: pipeline.inputFormat, maxDocumentBytes: maxDocumentBytes, shard: shard))
            }
            return AnySequence(FolderReader(
                roots: [input], format: pipeline.inputFormat, glob: pipeline.inputGlob,
                maxDocumentBytes: maxDocumentBytes, shard: shard))
        }
        return AnySequence(sequences.lazy.joined())
    }

    /// How many documents the inputs hold, when that can be known without reading them
    /// (folders and files); nil when an input is a stream (JSONL, stdin).
    public static func count(
        _ inputs: [String], pipeline: Pipeline, shard: Shard? = nil
    ) -> Int? {
        var total = 0
        for input in inputs {
            if input == "-" || input.hasSuffix(".jsonl") || pipeline.inputFormat == .jsonl { return nil }
            total += FolderReader(roots: [input], format: pipeline.inputFormat, glob: pipeline.inputGlob, shard: shard).count()
        }
        return total
    }
}
