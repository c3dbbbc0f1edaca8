/// One item a reader yields: a document, the reason one could not be read, or a document
/// still to be read.
public enum DocumentInput: Sendable {
    case document(Document)
    /// The id the document would have had, its metadata so far, and why it was not read.
    case unreadable(id: String, metadata: [String: String], reason: String)
    /// A file found but not yet read: the executor reads it on a worker, so reading and
    /// decoding run in parallel instead of on the one thread that walks the folders.
    case deferred(id: String, metadata: [String: String], read: @Sendable () -> DocumentInput)

    public var id: String {
        switch self {
        case .document(let document): document.id
        case .unreadable(let id, _, _), .deferred(let id, _, _): id
        }
    }

    /// The document itself, read now if it was deferred.
    public func loaded() -> DocumentInput {
        if case .deferred(_, _, let read) = self { return read() }
        return self
    }
}
