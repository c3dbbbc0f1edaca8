/// One item a reader yields: a document, or the reason one could not be read.
public enum DocumentInput: Sendable {
    case document(Document)
    /// The id the document would have had, its metadata so far, and why it was not read.
    case unreadable(id: String, metadata: [String: String], reason: String)

    public var id: String {
        switch self {
        case .document(let document): document.id
        case .unreadable(let id, _, _): id
        }
    }
}
