import Foundation

/// Streams documents from JSONL, one `{"id": …, "text": …}` object per line.
///
/// Other string keys become metadata. A line that is not such an object becomes an
/// unreadable document named after its line number; the stream goes on. With the `article`
/// format, each `text` is read as an article file would be (header, headline, byline), so
/// a corpus gives the same results from a folder and from JSONL.
public struct JSONLReader: Sequence {
    /// A file path, or `-` for standard input.
    public var path: String
    public var maxDocumentBytes: Int
    public var shard: Shard?
    public var format: InputFormat

    public init(path: String, format: InputFormat = .jsonl, maxDocumentBytes: Int = 32 << 20, shard: Shard? = nil) {
        self.path = path
        self.format = format
        self.maxDocumentBytes = maxDocumentBytes
        self.shard = shard
    }

    public func makeIterator() -> Iterator {
        Iterator(reader: self)
    }

    public struct Iterator: IteratorProtocol {
        let reader: JSONLReader
        private var lines: LineReader?
        private var lineNumber = 0
        private var openError: String?

        init(reader: JSONLReader) {
            self.reader = reader
            if reader.path == "-" {
                lines = LineReader(descriptor: STDIN_FILENO, ownsDescriptor: false, maxLineBytes: reader.maxDocumentBytes)
            } else {
                let descriptor = open(reader.path, O_RDONLY)
                if descriptor < 0 {
                    openError = "cannot open: \(String(cString: strerror(errno)).lowercased())"
                } else {
                    lines = LineReader(descriptor: descriptor, ownsDescriptor: true, maxLineBytes: reader.maxDocumentBytes)
                }
            }
        }

        public mutating func next() -> DocumentInput? {
            if let openError {
                self.openError = nil
                return .unreadable(id: reader.path, metadata: ["source": reader.path], reason: openError)
            }
            while let line = lines?.next() {
                lineNumber += 1
                let fallbackID = "line-\(lineNumber)"
                let metadata = ["source": "\(reader.path == "-" ? "<stdin>" : reader.path):\(lineNumber)"]
                switch line {
                case .tooLong(let count):
                    return .unreadable(
                        id: fallbackID, metadata: metadata,
                        reason: "the line is \(count) bytes, over --max-document-bytes \(reader.maxDocumentBytes)")
                case .line(let bytes):
                    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                    let input = Self.document(from: bytes, fallbackID: fallbackID, metadata: metadata, format: reader.format)
                    if let shard = reader.shard, !shard.contains(input.id) { continue }
                    return input
                }
            }
            return nil
        }

        static func document(
            from bytes: [UInt8], fallbackID: String, metadata: [String: String], format: InputFormat = .jsonl
        ) -> DocumentInput {
            guard let value = try? JSONDecoder().decode(JSONValue.self, from: Data(bytes)),
                case .object(let object) = value
            else {
                return .unreadable(id: fallbackID, metadata: metadata, reason: "the line is not a JSON object")
            }
            var metadata = metadata
            var id = fallbackID
            switch object["id"] {
            case .string(let text): id = text
            case .int(let number): id = String(number)
            default: break
            }
            if !DocumentID.isSafe(id) {
                return .unreadable(
                    id: fallbackID, metadata: metadata,
                    reason: "the id '\(id.count > 80 ? id.prefix(80) + "…" : id)' is not a safe relative path ('..', a leading '/', empty parts, or a part over \(DocumentID.maxPartBytes) bytes)")
            }
            guard case .string(let text) = object["text"] else {
                return .unreadable(id: id, metadata: metadata, reason: "the object has no string 'text'")
            }
            var body = text
            if format == .article {
                body = ArticleParser.parse(text, metadata: &metadata)
            }
            for (key, value) in object where key != "id" && key != "text" {
                if case .string(let string) = value { metadata[key] = string }
            }
            return .document(Document(id: id, metadata: metadata, body: body))
        }
    }
}
