/// Where results go. Called in input order from one thread at a time.
public protocol ResultSink: AnyObject, Sendable {
    func write(_ result: DocumentResult) throws
    /// Makes everything written durable and visible; nothing is final before it.
    func finish() throws
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
