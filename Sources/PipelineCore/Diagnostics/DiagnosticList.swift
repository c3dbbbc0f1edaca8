/// Every diagnostic found in one file, thrown together so the user fixes them in one pass.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

extension Array where Element == Diagnostic {
    /// In file order, so the user reads them top to bottom; unlocated ones first.
    func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { a, b in
            let left = (a.element.location?.line ?? 0, a.element.location?.column ?? 0, a.offset)
            let right = (b.element.location?.line ?? 0, b.element.location?.column ?? 0, b.offset)
            return left < right
        }.map(\.element)
    }

    /// Attaches each diagnostic's source line from `text`, so it prints with a caret.
    func withSourceLines(from text: String) -> [Diagnostic] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return map { diagnostic in
            var diagnostic = diagnostic
            if diagnostic.sourceLine == nil, let line = diagnostic.location?.line,
                line >= 1, line <= lines.count
            {
                diagnostic.sourceLine = String(lines[line - 1]).replacingTabs()
            }
            return diagnostic
        }
    }
}

extension String {
    fileprivate func replacingTabs() -> String {
        // A tab would shift the caret; a single space keeps columns aligned.
        String(unicodeScalars.map { $0 == "\t" || $0 == "\r" ? " " : Character($0) })
    }
}
