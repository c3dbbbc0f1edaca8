import PipelineCore

/// Cuts a text into paragraphs, sentences and tokens in one pass over its Unicode scalars.
///
/// The rules follow the English conventions of Universal Dependencies and the Penn
/// Treebank where downstream stages rely on them (clitics split, numbers whole,
/// abbreviations keep their period); see `TokenizerLexicon` for the word lists and
/// `SentenceSplitter` for where sentences end. Stateless and thread-safe.
public struct Tokenizer: Sendable {
    /// Whether the first line of a text may be split off as a headline and a `By …`
    /// line after it as a byline (the article format).
    public var detectHeadline: Bool

    public init(detectHeadline: Bool = true) {
        self.detectHeadline = detectHeadline
    }

    /// Tokenizes `text`; every span is a Unicode scalar offset range into it.
    public func tokenize(_ text: String) -> TokenizedText {
        var scalars: [UInt32] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { scalars.append(scalar.value) }
        var scan = TokenScanner(scalars: scalars)
        var guardian = GraphemeGuard(text: text, scalars: scalars)
        var paragraphs: [Span] = []
        var sentences: [Span] = []
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        let blocks = ParagraphFinder(scalars: scalars, detectHeadline: detectHeadline).blocks()
        for block in blocks {
            let first = tokens.count
            scan.tokens = []
            scan.tokenize(block.start, block.end)
            guardian.repair(&scan.tokens)
            guard !scan.tokens.isEmpty else { continue }
            tokens.append(contentsOf: scan.tokens)
            let last = tokens.count
            paragraphs.append(Span(start: tokens[first].start, end: tokens[last - 1].end))
            SentenceSplitter(scalars: scalars, tokens: tokens, range: first..<last).split(into: &sentences)
        }
        return TokenizedText(text: text, paragraphs: paragraphs, sentences: sentences, tokens: tokens)
    }
}
