/// An artifact that also reads as rows of named tables, for the CSV and SQLite outputs.
///
/// Rows of one document that share a table and a key (say, a sentence's `start` and `end`)
/// are merged into one row, so `tokenize` (the sentence text) and `sentiment` (its scores)
/// fill the same `sentences` row. An artifact that is not tabular is stored whole, as JSON,
/// in a column of the `documents` table named after its stage.
public protocol TabularArtifact: Artifact {
    static var tables: [TableSchema] { get }
    func appendRows(to rows: inout TableRows)
}

/// A table an artifact writes to: its name, the columns that identify a row within a
/// document, and every column it fills. `document_id` is added by the sink.
///
/// A table whose rows belong to one stage each (`perStage`: two summarize stages in one
/// pipeline give two summaries) gets a `stage` column, part of its key.
public struct TableSchema: Codable, Sendable, Hashable {
    public var name: String
    public var key: [String]
    public var columns: [TableColumn]
    public var perStage: Bool

    public init(name: String, key: [String], columns: [TableColumn], perStage: Bool = false) {
        self.name = name
        self.key = perStage ? ["stage"] + key : key
        self.columns = perStage ? [TableColumn("stage", .text, indexed: true)] + columns : columns
        self.perStage = perStage
    }
}

public struct TableColumn: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable {
        case integer, real, text
    }

    public var name: String
    public var kind: Kind
    /// Whether a query index is worth having on it (speakers, say).
    public var indexed: Bool

    public init(_ name: String, _ kind: Kind, indexed: Bool = false) {
        self.name = name
        self.kind = kind
        self.indexed = indexed
    }
}

public enum CellValue: Sendable, Hashable {
    case null
    case integer(Int)
    case real(Double)
    case text(String)

    public init(_ value: Int?) { self = value.map(CellValue.integer) ?? .null }
    public init(_ value: Double?) { self = value.map(CellValue.real) ?? .null }
    public init(_ value: String?) { self = value.map(CellValue.text) ?? .null }
}

/// The rows one artifact adds, in order.
public struct TableRows: Sendable {
    public private(set) var rows: [(table: String, values: [String: CellValue])] = []

    public init() {}

    public mutating func append(_ table: String, _ values: [String: CellValue]) {
        rows.append((table, values))
    }
}
