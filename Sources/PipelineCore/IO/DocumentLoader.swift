import Foundation

/// Reads one file into a document, or says why it cannot.
enum DocumentLoader {
    /// With `regularFileOnly`, anything but a regular file is refused without waiting on it
    /// (a FIFO swapped in after the folder walk looked at it).
    static func load(
        path: String, id: String, source: String, format: InputFormat, maxBytes: Int, regularFileOnly: Bool = false
    ) -> DocumentInput {
        var metadata = ["source": source]
        let bytes: [UInt8]
        do {
            bytes = try FileReading.bytes(
                atPath: path, maxBytes: maxBytes, limitName: "--max-document-bytes \(maxBytes)",
                regularFileOnly: regularFileOnly)
        } catch {
            return .unreadable(id: id, metadata: metadata, reason: "\(error)")
        }
        return document(bytes: bytes, id: id, metadata: &metadata, format: format)
    }

    static func document(bytes: [UInt8], id: String, metadata: inout [String: String], format: InputFormat) -> DocumentInput {
        let decoded: TextDecoding.Decoded
        do {
            decoded = try TextDecoding.decode(bytes)
        } catch {
            return .unreadable(id: id, metadata: metadata, reason: error.description)
        }
        metadata.merge(decoded.notes) { _, new in new }
        switch format {
        case .article:
            let body = ArticleParser.parse(decoded.text, metadata: &metadata)
            return .document(Document(id: id, metadata: metadata, body: body))
        case .text, .jsonl:
            return .document(Document(id: id, metadata: metadata, body: decoded.text))
        }
    }
}
