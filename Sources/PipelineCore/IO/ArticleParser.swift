/// Reads the article format's header: `date YYYY-MM-DD Headline…`, or a first line headline,
/// then an optional `By …` byline.
///
/// The body keeps the headline and byline (they are the first paragraphs a tokenizer sees);
/// only the `date YYYY-MM-DD ` prefix is cut, and `body_offset` records how many scalars
/// were cut, so a body offset plus it is an offset into the file's text.
enum ArticleParser {
    static func parse(_ text: String, metadata: inout [String: String]) -> String {
        var body = Substring(text)
        let scalars = text.unicodeScalars
        if let header = datePrefix(scalars) {
            metadata["date"] = String(String.UnicodeScalarView(scalars.prefix(15).dropFirst(5)))
            body = Substring(scalars.dropFirst(header))
            metadata["body_offset"] = String(header)
        }
        let lines = firstNonBlankLines(of: body, count: 2)
        if let title = lines.first {
            metadata["title"] = String(title)
            if lines.count > 1, lines[1].hasPrefix("By ") || lines[1].hasPrefix("by ") {
                metadata["byline"] = String(lines[1])
            }
        }
        return String(body)
    }

    /// Up to `count` non-blank lines from the start, trimmed; the rest of the text is not scanned.
    ///
    /// Lines end at LF, CR or CRLF, found among scalars: as a `Character` "\r\n" is one
    /// grapheme that is not "\n", so a CRLF file used to be one line and its title the
    /// whole article.
    private static func firstNonBlankLines(of text: Substring, count: Int) -> [Substring] {
        var found: [Substring] = []
        let scalars = text.unicodeScalars
        var lineStart = scalars.startIndex
        while found.count < count, lineStart < scalars.endIndex {
            let lineEnd = scalars[lineStart...].firstIndex { $0 == "\n" || $0 == "\r" } ?? scalars.endIndex
            let line = Substring(scalars[lineStart..<lineEnd]).trimmingSpaces()
            if !line.isEmpty { found.append(line) }
            lineStart = lineEnd < scalars.endIndex ? scalars.index(after: lineEnd) : lineEnd
        }
        return found
    }

    /// The length of `date YYYY-MM-DD ` when the text starts with it.
    private static func datePrefix(_ scalars: String.UnicodeScalarView) -> Int? {
        let head = Array(scalars.prefix(16))
        guard head.count == 16, String(String.UnicodeScalarView(head[0..<5])) == "date " else { return nil }
        let date = head[5..<15]
        for (offset, scalar) in date.enumerated() {
            let isDash = offset == 4 || offset == 7
            if isDash ? scalar != "-" : !("0"..."9").contains(scalar) { return nil }
        }
        return head[15] == " " ? 16 : nil
    }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var slice = self
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return slice
    }
}
