import Foundation

/// The tables a pipeline's output fills: every tabular output's schemas merged by table name,
/// and a `documents` table (one row per document: its metadata, the columns artifacts add
/// to it, and a JSON column per output that fits no table).
public struct TableLayout: Sendable {
    public struct Table: Sendable {
        public var name: String
        public var key: [String]
        public var perStage: Bool
        /// `document_id` first, then the key, then the other columns in the order first declared.
        public var columns: [TableColumn]
    }

    public private(set) var tables: [Table]
    /// Output stages stored whole as JSON in `documents`.
    public private(set) var jsonStages: [String]
    let tabularStages: Set<String>

    static let documentColumns = ["document_id", "title", "date", "byline", "source", "metadata", "errors", "fingerprint"]

    public init(pipeline: Pipeline) {
        var tables: [Table] = []
        var json: [String] = []
        var tabular: Set<String> = []
        var documentExtras: [TableColumn] = []
        for stage in pipeline.stages where pipeline.outputStageIDs.contains(stage.id) {
            guard !stage.description.tables.isEmpty else {
                json.append(stage.id)
                continue
            }
            tabular.insert(stage.id)
            for schema in stage.description.tables {
                if schema.name == "documents" {
                    documentExtras += schema.columns.filter { column in !documentExtras.contains(column) }
                    continue
                }
                if let index = tables.firstIndex(where: { $0.name == schema.name }) {
                    for column in schema.columns where !tables[index].columns.contains(where: { $0.name == column.name }) {
                        tables[index].columns.append(column)
                    }
                } else {
                    let keyed = schema.key.compactMap { key in schema.columns.first { $0.name == key } }
                    let rest = schema.columns.filter { !schema.key.contains($0.name) }
                    tables.append(Table(
                        name: schema.name, key: schema.key, perStage: schema.perStage,
                        columns: [TableColumn("document_id", .text, indexed: true)] + keyed + rest))
                }
            }
        }
        var documents = Self.documentColumns.map { TableColumn($0, .text) }
        documents += documentExtras.filter { !Self.documentColumns.contains($0.name) }
        documents += json.map { TableColumn($0, .text) }
        self.tables = [Table(name: "documents", key: [], perStage: false, columns: documents)] + tables
        self.jsonStages = json
        self.tabularStages = tabular
    }

    /// The rows of every table for one result, merged by key, in first-seen order.
    public func rows(for result: DocumentResult, fingerprint: String?) throws -> [String: [[CellValue]]] {
        var output: [String: [[CellValue]]] = [:]
        var document: [String: CellValue] = [
            "document_id": .text(result.id),
            "title": CellValue(result.metadata["title"]),
            "date": CellValue(result.metadata["date"]),
            "byline": CellValue(result.metadata["byline"]),
            "source": CellValue(result.metadata["source"]),
            "metadata": .text(Self.json(result.metadata)),
            "errors": result.errors.isEmpty ? .null : .text(Self.json(result.errors)),
            "fingerprint": CellValue(fingerprint),
        ]
        var encoder: JSONEncoder?
        var merged: [String: (order: [[CellValue]], index: [[CellValue]: Int], rows: [[String: CellValue]])] = [:]
        for (stageID, artifact) in result.outputs {
            if jsonStages.contains(stageID) {
                if encoder == nil {
                    encoder = JSONEncoder()
                    encoder?.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                }
                document[stageID] = .text(String(decoding: try encoder!.encode(artifact), as: UTF8.self))
                continue
            }
            guard let tabular = artifact as? any TabularArtifact else { continue }
            var rows = TableRows()
            tabular.appendRows(to: &rows)
            for (table, row) in rows.rows {
                var values = row
                if table == "documents" {
                    document.merge(values.filter { !Self.documentColumns.contains($0.key) }) { _, new in new }
                    continue
                }
                guard let layout = tables.first(where: { $0.name == table }) else { continue }
                if layout.perStage { values["stage"] = .text(stageID) }
                let key = layout.key.map { values[$0] ?? .null }
                var entry = merged[table] ?? ([], [:], [])
                if !layout.key.isEmpty, let existing = entry.index[key] {
                    entry.rows[existing].merge(values) { _, new in new }
                } else {
                    entry.index[key] = entry.rows.count
                    entry.rows.append(values)
                }
                merged[table] = entry
            }
        }
        let documentsTable = tables[0]
        output["documents"] = [documentsTable.columns.map { document[$0.name] ?? .null }]
        for table in tables.dropFirst() {
            guard let entry = merged[table.name] else { continue }
            output[table.name] = entry.rows.map { values in
                table.columns.map { $0.name == "document_id" ? .text(result.id) : values[$0.name] ?? .null }
            }
        }
        return output
    }

    private static func json(_ dictionary: [String: String]) -> String {
        var writer = JSONWriter()
        writer.object(dictionary)
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}

