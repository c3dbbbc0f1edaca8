import Foundation
import GRDB
import Testing

/// CSV and SQLite output, read back the way an analyst would.
struct TableOutputTests {
    private func corpus() throws -> URL {
        let root = try CommandRunner.temporaryFolder()
        try CommandRunner.write(RunCommandTests.pipelineYAML, to: root.appendingPathComponent("news.yaml"))
        let lines = [
            #"{"id": "q1", "title": "Storms, floods\nand \"chaos\"", "text": "She said \"yes, \"\"truly\"\", now\" and left. Then, quietly, it rained."}"#,
            #"{"id": "q2", "text": "A wonderful, happy day."}"#,
        ]
        try CommandRunner.write(lines.joined(separator: "\n") + "\n", to: root.appendingPathComponent("in.jsonl"))
        return root
    }

    /// A strict RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.
    static func parseCSV(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" { field.unicodeScalars.append("\""); scalars = scalars.dropFirst() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                record.append(field)
                field = ""
            } else if scalar == "\r", scalars.first == "\n" {
                scalars = scalars.dropFirst()
                record.append(field)
                records.append(record)
                record = []
                field = ""
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        return records
    }

    @Test func csvTablesQuoteCommasQuotesAndLineBreaks() throws {
        let root = try corpus()
        let outcome = try CommandRunner.run(["run", "news.yaml", "in.jsonl", "-o", "out.csv"], in: root)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let sentences = Self.parseCSV(try String(contentsOf: root.appendingPathComponent("out.csv/sentences.csv"), encoding: .utf8))
        let header = try #require(sentences.first)
        #expect(header.starts(with: ["document_id", "start", "end", "index", "text"]))
        #expect(sentences.dropFirst().allSatisfy { $0.count == header.count })
        let texts = sentences.dropFirst().map { $0[4] }
        #expect(texts.first == "She said \"yes, \"\"truly\"\", now\" and left.")
        #expect(texts.dropFirst().first == "Then, quietly, it rained.")
        let documents = Self.parseCSV(try String(contentsOf: root.appendingPathComponent("out.csv/documents.csv"), encoding: .utf8))
        #expect(documents.map(\.first) == ["document_id", "q1", "q2"])
        #expect(documents[1][1] == "Storms, floods\nand \"chaos\"")
    }

    @Test func sqliteTablesAreQueryable() throws {
        let root = try corpus()
        let path = root.appendingPathComponent("out.db").path
        let outcome = try CommandRunner.run(["run", "news.yaml", "in.jsonl", "-o", "out.db"], in: root)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let database = try DatabaseQueue(path: path)
        let (tables, happy, count, indexes) = try database.read { db in
            (try db.tableExists("documents") && db.tableExists("sentences"),
             try Double.fetchOne(db, sql: "SELECT compound FROM documents WHERE document_id = 'q2'"),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM sentences WHERE document_id = 'q1'"),
             try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'"))
        }
        #expect(tables)
        #expect((happy ?? 0) > 0.5)
        #expect((count ?? 0) >= 2)
        #expect(indexes.contains("sentences_document_id"))
    }

    @Test func sqliteResumeReplacesOnlyChangedDocuments() throws {
        let root = try corpus()
        #expect(try CommandRunner.run(["run", "news.yaml", "in.jsonl", "-o", "out.db"], in: root).status == 0)
        let changed = #"{"id": "q2", "text": "A dreadful, miserable day."}"#
        let original = try String(contentsOf: root.appendingPathComponent("in.jsonl"), encoding: .utf8)
        let lines = original.split(separator: "\n").map(String.init)
        try CommandRunner.write(lines[0] + "\n" + changed + "\n", to: root.appendingPathComponent("in.jsonl"))
        let outcome = try CommandRunner.run(["run", "news.yaml", "in.jsonl", "-o", "out.db", "--resume"], in: root)
        #expect(outcome.stderr.contains("1 kept from the earlier run"), "\(outcome.stderr)")
        let database = try DatabaseQueue(path: root.appendingPathComponent("out.db").path)
        let (count, compound) = try database.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM documents"),
             try Double.fetchOne(db, sql: "SELECT compound FROM documents WHERE document_id = 'q2'"))
        }
        #expect(count == 2)
        #expect((compound ?? 0) < 0)
    }
}
