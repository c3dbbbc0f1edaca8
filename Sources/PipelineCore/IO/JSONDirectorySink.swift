import Foundation

/// Writes each document to `OUT/<id>.json`, mirroring the input tree, each file atomically.
public final class JSONDirectorySink: ResultSink, @unchecked Sendable {
    private let root: String
    private let encoder = ResultEncoder()
    private var createdDirectories: Set<String> = []

    public init(root: String) throws(OutputError) {
        self.root = root
        try FileOutput.makeDirectories(root)
    }

    public func prepare(_ result: DocumentResult) -> DocumentResult {
        var prepared = result
        prepared.encoded = encoder.encodeReportingFailures(result)
        return prepared
    }

    public func existingFingerprint(for id: String) -> String? {
        struct Header: Decodable { var fingerprint: String? }
        guard let path = try? Self.path(for: id, in: root),
            let data = FileManager.default.contents(atPath: path),
            let header = try? JSONDecoder().decode(Header.self, from: data)
        else { return nil }
        return header.fingerprint
    }

    public func write(_ result: DocumentResult) throws {
        if result.isReused { return }
        let path = try Self.path(for: result.id, in: root)
        let directory = (path as NSString).deletingLastPathComponent
        if createdDirectories.insert(directory).inserted { try FileOutput.makeDirectories(directory) }
        var bytes = result.encoded ?? encoder.encodeReportingFailures(result)
        bytes.append(UInt8(ascii: "\n"))
        try FileOutput.writeAtomically(bytes, to: path)
    }

    public func finish() throws {}

    /// The file for a document id; an id that would leave `root` is refused.
    static func path(for id: String, in root: String) throws(OutputError) -> String {
        guard DocumentID.isSafe(id) else {
            throw OutputError(path: id, reason: "the document id is not a safe relative path ('..', '/' at the start, empty parts, or a part over \(DocumentID.maxPartBytes) bytes)")
        }
        return (root as NSString).appendingPathComponent(id + ".json")
    }
}
