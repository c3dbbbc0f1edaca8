/// A quote the mark scanner paired, before its kind and speaker are known.
struct QuoteCandidate: Sendable, Equatable {
    /// Offset of the opening mark.
    var openMark: Int
    /// Offset of the closing mark, or nil when the quote was never closed (it then ends with its paragraph).
    var closeMark: Int?
    /// The quoted words: after the opening mark, before the closing one, without surrounding spaces.
    var contentStart: Int
    var contentEnd: Int
    var style: QuoteStyle
    /// Index of the paragraph the quote opens in, and of the one it ends in.
    var firstParagraph: Int
    var lastParagraph: Int
    /// Opening marks inside the quote that re-open it after a sentence end, as when paragraphs of one
    /// long quotation were run together on one line (`… four weeks. "Belfast was …`).
    var reopenings: Int

    /// Where the quote ends, closing mark included.
    var end: Int { closeMark ?? contentEnd }

    /// Whether the quote runs over more than one paragraph.
    var spansParagraphs: Bool { lastParagraph > firstParagraph }
}
