import PipelineCore

/// Cleans a text for analysis and keeps an exact alignment back to it.
///
/// Passes, each a single scan that hands back nothing when it has nothing to change:
/// HTML references decoded, mojibake repaired, invisible characters removed, NFC or
/// NFKC applied, whitespace laid out; repeated while any pass but the whitespace layout
/// still changes something (so `&amp;amp;` and doubly encoded mojibake settle, and the result is a
/// fixed point: normalizing it again changes nothing); then quotes and dashes folded
/// when asked.
public struct TextNormalizer: Sendable {
    public var form: NormalizationForm
    public var foldQuotes: Bool
    public var foldDashes: Bool
    public var headline: Bool

    public init(form: NormalizationForm = .nfc, foldQuotes: Bool = false, foldDashes: Bool = false, headline: Bool = true) {
        self.form = form
        self.foldQuotes = foldQuotes
        self.foldDashes = foldDashes
        self.headline = headline
    }

    /// The normalized text and, when it differs from `text`, the alignment back to it.
    public func normalize(_ text: String) -> Text {
        var text = text
        text.makeContiguousUTF8()
        let plainKept = text.utf8.withContiguousStorageIfAvailable { PlainASCIILayout.keptRange($0, headline: headline) }
        if let kept = plainKept ?? nil {
            // Clean plain ASCII, as below, found without decoding: scalar offsets are byte offsets.
            guard kept.count < text.utf8.count else { return Text(text) }
            let run = TextAlignment.Run(
                outputStart: 0, length: kept.count, sourceStart: kept.lowerBound, sourceLength: kept.count)
            return Text(Self.slice(text, utf8: kept), alignment: TextAlignment(runs: [run]))
        }
        let buffer = ScalarBuffer(text)
        if let kept = keptRangeOfCleanText(buffer) {
            // Clean text (most news files): every pass but the layout would hand back nil,
            // and the layout only cuts the ends. The result is what the passes give,
            // without building a stream.
            guard kept.count < buffer.scalars.count else { return Text(text) }
            let run = TextAlignment.Run(
                outputStart: 0, length: kept.count, sourceStart: kept.lowerBound, sourceLength: kept.count)
            return Text(Self.slice(text, buffer.scalars, kept), alignment: TextAlignment(runs: [run]))
        }
        var stream = ScalarStream(buffer)
        let original = stream.scalars
        var changed = false
        for iteration in 0..<8 {
            // Anything but plain whitespace layout can bring scalars together that an
            // earlier pass would rewrite, so the passes repeat until none of those acts.
            // What the first decoding saw lets clean text skip passes while it is unchanged.
            let first = iteration == 0
            var rewritten = false
            if !first || buffer.hasAmpersand, let next = EntityDecoder.apply(stream) { stream = next; rewritten = true }
            // While the stream is still the source, the decoding's facts say whether a pass
            // can find anything: no lead scalar, no mojibake; only stable scalars, no NFC change.
            let source = first && !rewritten
            if !first || buffer.hasNonASCII, !source || buffer.hasMojibakeLead,
                let next = MojibakeRepair.apply(stream)
            {
                stream = next
                rewritten = true
            }
            if !first || buffer.hasInvisible || rewritten, let next = InvisibleCharacterFilter.apply(stream) {
                stream = next
                rewritten = true
            }
            let stableSource = first && !rewritten && form == .nfc && !buffer.hasNFCUnstable
            if !first || buffer.hasNonASCII || rewritten, !stableSource,
                let next = UnicodeComposition.apply(stream, form: form)
            {
                stream = next
                rewritten = true
            }
            let known = first && !rewritten ? buffer : nil
            if let (next, joined) = WhitespaceLayout.apply(stream, headline: headline, known: known) {
                stream = next
                changed = true
                rewritten = rewritten || joined
            }
            changed = changed || rewritten
            if !rewritten { break }
        }
        if let next = PunctuationFolding.apply(stream, quotes: foldQuotes, dashes: foldDashes) {
            stream = next
            changed = true
            // A joiner kept between two non-ASCII scalars is removed once one of them folds
            // to ASCII; removing it here keeps the result a fixed point ("\u{FFFD}\u{200D}”"
            // with fold_quotes kept the joiner, and normalizing again dropped it).
            if let next = InvisibleCharacterFilter.apply(stream) { stream = next }
        }
        // Compare scalars: String's == is canonical equivalence and would call NFC a no-op.
        guard changed, stream.scalars != original else { return Text(text) }
        if let runs = stream.runs, runs.count == 1, let run = runs.first, run.length == run.sourceLength,
            stream.scalars[...] == original[run.sourceStart..<(run.sourceStart + run.length)]
        {
            // Only trimmed at the ends (the common case for clean files; a same-length
            // rewrite such as folding also maps one to one, hence the comparison): cut the
            // source's UTF-8 instead of encoding the scalars again.
            return Text(Self.slice(text, original, run.sourceStart..<(run.sourceStart + run.length)),
                        alignment: stream.alignment)
        }
        return Text(stream.text, alignment: stream.alignment)
    }

    /// The source range the normalized text keeps when `buffer` is clean: nothing for the
    /// entity, mojibake, invisible-character, composition and folding passes to change, and
    /// whitespace already laid out inside (paragraphs one line each, joined by `"\n\n"`),
    /// so only whitespace at the ends goes. Nil when any pass may do more.
    private func keptRangeOfCleanText(_ buffer: ScalarBuffer) -> Range<Int>? {
        guard !buffer.hasInvisible, !buffer.hasIrregularSpace else { return nil }
        if buffer.hasNonASCII {
            guard !buffer.hasMojibakeLead, form == .nfc, !buffer.hasNFCUnstable, !foldQuotes, !foldDashes else {
                return nil
            }
        }
        guard let kept = WhitespaceLayout.keptRange(buffer, headline: headline) else { return nil }
        // News has `&` in names (`AT&T`, `M&S`) far more often than in references: one
        // scan settles whether the decoder would change anything.
        if buffer.hasAmpersand && EntityDecoder.apply(ScalarStream(buffer)) != nil { return nil }
        return kept
    }

    /// `text`'s scalars `range`, found through their UTF-8 widths counted from the nearer end.
    private static func slice(_ text: String, _ scalars: [UInt32], _ range: Range<Int>) -> String {
        func width(_ c: UInt32) -> Int { c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4 }
        var lower = 0
        for k in 0..<range.lowerBound { lower += width(scalars[k]) }
        var upper = text.utf8.count
        for k in range.upperBound..<scalars.count { upper -= width(scalars[k]) }
        return slice(text, utf8: lower..<upper)
    }

    /// `text`'s UTF-8 bytes `range`, which starts and ends at scalar boundaries.
    private static func slice(_ text: String, utf8 range: Range<Int>) -> String {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
        return String(text[start..<end])
    }
}
