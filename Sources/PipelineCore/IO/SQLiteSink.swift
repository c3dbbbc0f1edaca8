import Foundation
import GRDB

/// Writes results into an SQLite database: `documents`, `sentences`, `quotes`, `summaries`…
///
/// Each batch of documents is one transaction, so a killed run leaves whole documents or
/// none. A document written again (a `--resume` that redoes it) replaces its old rows.
public final class SQLiteSink: ResultSink, @unchecked Sendable {
    private let path: String
    private let layout: TableLayout
    private let database: DatabaseQueue
    private var pending: [DocumentResult] = []
    private var existing: [String: String] = [:]
    private let batchSize = 256

    public init(path: String, pipeline: Pipeline, resume: Bool = false) throws(OutputError) {
        self.path = path
        self.layout = TableLayout(pipeline: pipeline)
        do {
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty { try FileOutput.makeDirectories(directory) }
            if !resume, FileManager.default.fileExists(atPath: path) {
                try FileManager.default.removeItem(atPath: path)
            }
            var configuration = Configuration()
            configuration.journalMode = .wal
            database = try DatabaseQueue(path: path, configuration: configuration)
            try database.write { db in try self.createTables(db) }
            if resume {
                existing = try database.read { db in
                    var found: [String: String] = [:]
                    let rows = try Row.fetchCursor(db, sql: "SELECT document_id, fingerprint FROM documents")
                    while let row = try rows.next() {
                        if let id: String = row[0], let fingerprint: String = row[1] { found[id] = fingerprint }
                    }
                    return found
                }
            }
        } catch let error as OutputError {
            throw error
        } catch {
            throw OutputError(path: path, reason: "\(error)")
        }
    }

    public func existingFingerprint(for id: String) -> String? {
        existing[id]
    }

    public func write(_ result: DocumentResult) throws {
        if result.isReused { return }
        pending.append(result)
        if pending.count >= batchSize { try flush() }
    }

    public func finish() throws {
        try flush()
        do {
            try database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
            try database.close()
        } catch {
            throw OutputError(path: path, reason: "\(error)")
        }
    }

    private func flush() throws {
        guard !pending.isEmpty else { return }
        let batch = pending
        pending.removeAll(keepingCapacity: true)
        let layout = self.layout
        do {
            try database.write { db in
                for result in batch {
                    let rows = try layout.rows(for: result, fingerprint: result.fingerprint)
                    for table in layout.tables {
                        try db.execute(sql: "DELETE FROM \(table.name.quotedDatabaseIdentifier) WHERE document_id = ?",
                                       arguments: [result.id])
                        guard let tableRows = rows[table.name] else { continue }
                        let columns = table.columns.map(\.name.quotedDatabaseIdentifier).joined(separator: ", ")
                        let marks = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
                        let statement = try db.cachedStatement(
                            sql: "INSERT INTO \(table.name.quotedDatabaseIdentifier) (\(columns)) VALUES (\(marks))")
                        for row in tableRows {
                            try statement.execute(arguments: StatementArguments(row.map(\.databaseValue)))
                        }
                    }
                }
            }
        } catch {
            throw OutputError(path: path, reason: "\(error)")
        }
    }

    /// Creates missing tables and adds columns a new pipeline needs to an existing database.
    private func createTables(_ db: Database) throws {
        for table in layout.tables {
            let name = table.name.quotedDatabaseIdentifier
            if try db.tableExists(table.name) {
                let present = Set(try db.columns(in: table.name).map(\.name))
                for column in table.columns where !present.contains(column.name) {
                    try db.execute(sql: "ALTER TABLE \(name) ADD COLUMN \(column.name.quotedDatabaseIdentifier) \(column.sqlType)")
                }
            } else {
                let definitions = table.columns.map { column in
                    var definition = "\(column.name.quotedDatabaseIdentifier) \(column.sqlType)"
                    if table.name == "documents", column.name == "document_id" { definition += " PRIMARY KEY" }
                    if column.name == "document_id", table.name != "documents" { definition += " NOT NULL" }
                    return definition
                }
                try db.execute(sql: "CREATE TABLE \(name) (\(definitions.joined(separator: ", ")))")
            }
            for column in table.columns where column.indexed && table.name != "documents" {
                let index = "\(table.name)_\(column.name)".quotedDatabaseIdentifier
                try db.execute(sql: "CREATE INDEX IF NOT EXISTS \(index) ON \(name) (\(column.name.quotedDatabaseIdentifier))")
            }
        }
    }
}

extension TableColumn {
    fileprivate var sqlType: String {
        switch kind {
        case .integer: "INTEGER"
        case .real: "REAL"
        case .text: "TEXT"
        }
    }
}

extension CellValue {
    fileprivate var databaseValue: DatabaseValue {
        switch self {
        case .null: .null
        case .integer(let number): number.databaseValue
        case .real(let number): number.databaseValue
        case .text(let text): text.databaseValue
        }
    }
}
