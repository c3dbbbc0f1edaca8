/// How results are written.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// One JSON file per document under a folder, mirroring the input tree.
    case json
    /// One JSON object per line, to a file or `-` (stdout).
    case jsonl

    /// The format an output name implies: `-` and `*.jsonl` are JSONL, anything else a folder.
    public static func implied(by path: String) -> OutputFormat {
        path == "-" || path.hasSuffix(".jsonl") ? .jsonl : .json
    }

    public func makeSink(path: String) throws(OutputError) -> any ResultSink {
        switch self {
        case .json: try JSONDirectorySink(root: path)
        case .jsonl: try JSONLSink(path: path)
        }
    }
}
