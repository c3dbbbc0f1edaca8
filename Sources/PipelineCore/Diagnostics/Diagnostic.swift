/// One finding about a pipeline file: where, what is wrong, and how to fix it.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error
        case warning
        case note
    }

    public var severity: Severity
    /// Where the problem is; `nil` for a problem with no place in a file (a missing file).
    public var location: SourceLocation?
    /// One lowercase sentence naming the things at fault in '…'.
    public var message: String
    /// What the user can do about it, printed as a `note:` line.
    public var hint: String?
    /// The source line the location points into, redrawn with a caret.
    public var sourceLine: String?

    public init(
        _ severity: Severity = .error,
        at location: SourceLocation?,
        _ message: String,
        hint: String? = nil,
        sourceLine: String? = nil
    ) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
        self.sourceLine = sourceLine
    }

    /// Prints like a compiler: `file:L:C: error: message`, the line, a caret, then the hint.
    public var description: String {
        var text = ""
        if let location { text += "\(location): " }
        text += "\(severity.rawValue): \(message)"
        if let sourceLine, let location {
            text += "\n" + sourceLine + "\n"
            text += String(repeating: " ", count: max(0, location.column - 1)) + "^"
        }
        if let hint { text += "\nnote: \(hint)" }
        return text
    }
}
