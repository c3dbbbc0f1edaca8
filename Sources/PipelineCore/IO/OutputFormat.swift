import Foundation

/// How results are written.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// One JSON file per document under a folder, mirroring the input tree.
    case json
    /// One JSON object per line, to a file or `-` (stdout).
    case jsonl
    /// A folder of CSV tables: documents.csv, sentences.csv, quotes.csv, …
    case csv
    /// An SQLite database file with one table per kind of row.
    case sqlite

    /// The format an output name implies: `-` and `*.jsonl` are JSONL, `*.db`/`*.sqlite`
    /// SQLite, a name ending in `.csv` a CSV folder, anything else a JSON folder.
    public static func implied(by path: String) -> OutputFormat {
        let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
        if trimmed == "-" || trimmed.hasSuffix(".jsonl") { return .jsonl }
        if trimmed.hasSuffix(".db") || trimmed.hasSuffix(".sqlite") || trimmed.hasSuffix(".sqlite3") { return .sqlite }
        if trimmed.hasSuffix(".csv") { return .csv }
        // An existing file that is not a folder (`/dev/null`, a named pipe) takes a stream.
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: trimmed, isDirectory: &isDirectory), !isDirectory.boolValue {
            return .jsonl
        }
        return .json
    }

    /// Whether `--resume` can keep earlier results in this format.
    public var supportsResume: Bool { self != .csv }

    public func makeSink(path: String, pipeline: Pipeline, resume: Bool = false) throws(OutputError) -> any ResultSink {
        switch self {
        case .json: try JSONDirectorySink(root: path)
        case .jsonl: try JSONLSink(path: path, resume: resume)
        case .csv: try CSVSink(folder: path, pipeline: pipeline)
        case .sqlite: try SQLiteSink(path: path, pipeline: pipeline, resume: resume)
        }
    }
}
