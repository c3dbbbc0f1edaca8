import Foundation

/// Writes a folder of CSV tables (`documents.csv`, `sentences.csv`, `quotes.csv`, …), RFC 4180.
///
/// Each table goes to a temporary file renamed into place at `finish`, so a killed run
/// leaves the previous tables (or none), never a torn row.
public final class CSVSink: ResultSink, @unchecked Sendable {
    private let folder: String
    private let layout: TableLayout
    private var files: [String: (descriptor: Int32, temporary: String, final: String)] = [:]
    private var buffers: [String: [UInt8]] = [:]
    private var finished = false

    public init(folder: String, pipeline: Pipeline) throws(OutputError) {
        self.folder = folder
        self.layout = TableLayout(pipeline: pipeline)
        try FileOutput.makeDirectories(folder)
        for table in layout.tables {
            let final = (folder as NSString).appendingPathComponent(table.name + ".csv")
            let temporary = final + ".tmp-\(getpid())"
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard descriptor >= 0 else { throw OutputError(path: final, reason: FileOutput.errnoReason()) }
            files[table.name] = (descriptor, temporary, final)
            buffers[table.name] = Self.line(table.columns.map { .text($0.name) })
        }
    }

    deinit {
        guard !finished else { return }
        for file in files.values {
            close(file.descriptor)
            unlink(file.temporary)
        }
    }

    public func write(_ result: DocumentResult) throws {
        for (table, rows) in try layout.rows(for: result, fingerprint: result.fingerprint) {
            for row in rows { buffers[table, default: []] += Self.line(row) }
        }
        for (table, buffer) in buffers where buffer.count > 1 << 18 { try flush(table) }
    }

    public func finish() throws {
        for table in files.keys { try flush(table) }
        for file in files.values {
            close(file.descriptor)
            guard rename(file.temporary, file.final) == 0 else {
                throw OutputError(path: file.final, reason: FileOutput.errnoReason())
            }
        }
        finished = true
    }

    private func flush(_ table: String) throws(OutputError) {
        guard let file = files[table], let buffer = buffers[table], !buffer.isEmpty else { return }
        try FileOutput.writeAll(file.descriptor, buffer, path: file.final)
        buffers[table] = []
    }

    /// One CSV record ending in CRLF; a field is quoted when it holds a comma, quote, CR or LF.
    static func line(_ values: [CellValue]) -> [UInt8] {
        var bytes: [UInt8] = []
        for (position, value) in values.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            switch value {
            case .null: break
            case .integer(let number): bytes += Array(String(number).utf8)
            case .real(let number): bytes += Array("\(number)".utf8)
            case .text(let text): bytes += field(text)
            }
        }
        bytes += [13, 10]
        return bytes
    }

    static func field(_ text: String) -> [UInt8] {
        let utf8 = Array(text.utf8)
        let special: Set<UInt8> = [UInt8(ascii: ","), UInt8(ascii: "\""), 10, 13]
        let needsQuotes = utf8.contains(where: special.contains)
        guard needsQuotes else { return utf8 }
        var quoted: [UInt8] = [UInt8(ascii: "\"")]
        for byte in utf8 {
            quoted.append(byte)
            if byte == UInt8(ascii: "\"") { quoted.append(byte) }
        }
        quoted.append(UInt8(ascii: "\""))
        return quoted
    }
}
