/// A place in a source file: 1-based line and column, counted in Unicode scalars.
///
/// libyaml's marks are 0-based; they are converted in one place, `YAMLParser`.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it, or a label such as `<stdin>` or `--plugin`.
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the form editors and terminals turn into links.
    public var description: String { "\(file):\(line):\(column)" }
}
