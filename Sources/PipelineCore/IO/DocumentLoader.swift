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
            bytes = try readFile(path, maxBytes: maxBytes, regularFileOnly: regularFileOnly)
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

    struct ReadError: Error, CustomStringConvertible {
        var description: String
    }

    private static func readFile(_ path: String, maxBytes: Int, regularFileOnly: Bool) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | (regularFileOnly ? O_NONBLOCK : 0))
        guard descriptor >= 0 else {
            throw ReadError(description: "cannot open: \(String(cString: strerror(errno)).lowercased())")
        }
        defer { close(descriptor) }
        var info = stat()
        if regularFileOnly, fstat(descriptor, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            throw ReadError(description: "not a regular file; skipped")
        }
        if fstat(descriptor, &info) == 0, Int(info.st_size) > maxBytes {
            throw ReadError(description: "the file is \(info.st_size) bytes, over --max-document-bytes \(maxBytes)")
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ReadError(description: "cannot read: \(String(cString: strerror(errno)).lowercased())")
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > maxBytes {
                throw ReadError(description: "the file is over --max-document-bytes \(maxBytes)")
            }
        }
        return bytes
    }
}
