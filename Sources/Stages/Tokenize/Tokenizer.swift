import Foundation
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
        tokenize(text, allowingNarrow: true)
    }

    /// Tokenizes `text`, one byte per scalar when `allowingNarrow` and its scalars allow,
    /// else four (the tests compare the two).
    func tokenize(_ text: String, allowingNarrow: Bool) -> TokenizedText {
        if allowingNarrow, let narrow = NarrowScalars(text) {
            return narrow.scalars.withUnsafeBufferPointer { scalars in
                var noGuard: GraphemeGuard?
                return tokenize(text, ScalarUnits(scalars), lineBreaks: narrow.lineBreaks, guardian: &noGuard)
            }
        }
        let buffer = ScalarBuffer(text, notingCleanness: false)
        // Only some scalars can form clusters a token boundary could cut; news text beyond
        // ASCII mostly has `£`, `é` and curly quotes, which join nothing.
        var guardian = buffer.hasClusterJoiner ? GraphemeGuard(text: text, scalars: buffer.scalars) : nil
        return buffer.scalars.withUnsafeBufferPointer { scalars in
            tokenize(text, ScalarUnits(scalars), lineBreaks: buffer.lineBreaks, guardian: &guardian)
        }
    }

    /// Tokenizes `text`, given its scalars and line breaks; `guardian` repairs token
    /// boundaries inside grapheme clusters, nil when the scalars join none.
    private func tokenize<Unit>(
        _ text: String, _ scalars: ScalarUnits<Unit>, lineBreaks: [Int], guardian: inout GraphemeGuard?
    ) -> TokenizedText {
        let blocks = ParagraphFinder(scalars: scalars, detectHeadline: detectHeadline).blocks(lineBreaks: lineBreaks)
        var paragraphs: [Span] = []
        paragraphs.reserveCapacity(blocks.count)
        // News sentences run well over 64 scalars; reserving for that many spares the
        // copies of growing one at a time.
        var sentences: [Span] = []
        sentences.reserveCapacity(scalars.count / 64 + blocks.count)
        // Every word before a `.` or `-` was tried as an address; without an `@` in the
        // text (most news) none can be one.
        var scan = TokenScanner(scalars: scalars, mayHoldAddresses: Self.containsAt(text))
        // News text runs near one token per five scalars; a quarter spares the copy of
        // a late doubling for most texts.
        scan.tokens.reserveCapacity(scalars.count / 4)
        for block in blocks {
            let first = scan.tokens.count
            scan.tokenize(block.start, block.end)
            guardian?.repair(&scan.tokens, from: first)
            let last = scan.tokens.count
            guard last > first else { continue }
            paragraphs.append(Span(start: scan.tokens[first].start, end: scan.tokens[last - 1].end))
            SentenceSplitter(scalars: scalars, tokens: scan.tokens, range: first..<last, lineBreaks: lineBreaks)
                .split(into: &sentences)
        }
        return TokenizedText(text: text, paragraphs: paragraphs, sentences: sentences, tokens: scan.tokens)
    }

    /// Whether `text` has an `@`, found by the C library's vectorized byte search.
    private static func containsAt(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress, bytes.count > 0 else { return false }
            return memchr(base, 0x40, bytes.count) != nil
        } ?? text.utf8.contains(0x40)
    }
}
