/// Where results go. Called in input order from one thread at a time.
///
/// A result with `isReused` set stands for a document `--resume` skipped: the sink keeps
/// what it already holds for it (a sink that rewrites its file copies the old record).
public protocol ResultSink: AnyObject, Sendable {
    func write(_ result: DocumentResult) throws
    /// Makes everything written durable and visible; nothing is final before it.
    func finish() throws
    /// The fingerprint of the result already written for `id`, for `--resume`; nil when none.
    func existingFingerprint(for id: String) -> String?
    /// Work done for a result before its turn to be written, on the worker that finished it
    /// and concurrently with other documents (encoding, say). Must not touch shared state.
    func prepare(_ result: DocumentResult) -> DocumentResult
}

extension ResultSink {
    public func existingFingerprint(for id: String) -> String? { nil }
    public func prepare(_ result: DocumentResult) -> DocumentResult { result }
}

/// An output failure: the run stops and exits with the I/O code.
public struct OutputError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "cannot write '\(path)': \(reason)" }
}
