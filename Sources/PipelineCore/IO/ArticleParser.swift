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
        var lines = body.split(separator: "\n", omittingEmptySubsequences: true)
            .lazy.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }.makeIterator()
        if let title = lines.next() {
            metadata["title"] = String(title)
            if let next = lines.next(), next.hasPrefix("By ") || next.hasPrefix("by ") {
                metadata["byline"] = String(next)
            }
        }
        return String(body)
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
