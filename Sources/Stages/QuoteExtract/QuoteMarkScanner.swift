/// Pairs quotation marks in one pass over the scalars of a text, paragraph by paragraph.
///
/// Straight marks get their direction from what stands on either side of them; apostrophes
/// (`don't`, `Maduro’s`, `’90s`, `rock ’n’ roll`) and inch or foot marks (`5' 10"`) are never taken
/// for quotation marks. A quote inside a quote belongs to the outer one and is not reported apart.
/// A quote still open at the end of a paragraph goes on only when the next paragraph opens with
/// the same mark (a block quotation); otherwise it ends with its paragraph, so an unclosed quote
/// never swallows the rest of the text.
struct QuoteMarkScanner: Sendable {
    /// How far ahead a single opening mark looks for its closing mark before it is taken for an apostrophe.
    var singleQuoteReach = 400
    /// Most quotes open inside the outer one at a time; an opening mark past it is not taken for
    /// one. Every mark looks through the open ones for the one it closes, so without a bound a
    /// paragraph of a million `"` took hours (each opened a quote no later mark could close).
    var maxNesting = 32

    private struct Open {
        var style: QuoteStyle
        var mark: Int
        var paragraph: Int
        var reopenings = 0
    }

    /// The paragraphs clamped to the text, in order and without overlaps; the whole text when there are none.
    static func paragraphSpans(_ paragraphs: [Span], count n: Int) -> [Span] {
        var spans: [Span] = []
        spans.reserveCapacity(paragraphs.count)
        for p in paragraphs {
            let start = min(max(p.start, 0), n)
            let end = min(max(p.end, start), n)
            if let last = spans.last, start < last.end { continue }  // overlapping paragraphs: keep the first
            spans.append(Span(start: start, end: end))
        }
        if spans.isEmpty { spans = [Span(start: 0, end: n)] }
        return spans
    }

    /// The quotes of `s`; `paragraphs` must come from `paragraphSpans`.
    func scan(_ s: [Unicode.Scalar], paragraphs spans: [Span]) -> [QuoteCandidate] {

        var found: [QuoteCandidate] = []
        var outer: Open?
        var inner: [Open] = []
        var resumeAt: Int?

        for (p, para) in spans.enumerated() {
            var i = resumeAt ?? para.start
            resumeAt = nil
            let ps = para.start, pe = para.end
            while i < pe {
                let c = s[i]
                // Below `«` only `"` and `'` are marks: most scalars are turned away with one compare.
                if c.value < 0xAB, c.value != 0x22, c.value != 0x27 { i += 1; continue }
                guard let mark = QuoteMark(c) else { i += 1; continue }
                let prev: Unicode.Scalar? = i > ps ? s[i - 1] : nil
                let next: Unicode.Scalar? = i + 1 < pe ? s[i + 1] : nil

                if let skip = nonQuoteLength(s, at: i, paragraphStart: ps, paragraphEnd: pe) {
                    i += skip
                    continue
                }
                let leftFlanking = next.map { !QuoteScalar.isSpace($0) } ?? false
                    && (prev.map { QuoteScalar.isSpace($0) || QuoteScalar.isOpeningContext($0) } ?? true)
                let prevIsText = prev.map { !QuoteScalar.isSpace($0) } ?? false

                func canClose(_ style: QuoteStyle) -> Bool {
                    guard mark.closes(style) else { return false }
                    if style.isStraight || c == "’" { return prevIsText && !leftFlanking }
                    return true
                }

                // A closing mark ends the innermost quote it answers; unclosed quotes inside it are dropped.
                if let k = inner.lastIndex(where: { canClose($0.style) }) {
                    inner.removeSubrange(k...)
                    i += 1
                    continue
                }
                if let o = outer, canClose(o.style) {
                    append(o, closeMark: i, end: i, lastParagraph: p, to: &found, s)
                    outer = nil
                    inner.removeAll()
                    i += 1
                    continue
                }

                guard let style = mark.opens else { i += 1; continue }
                let canOpen = style.isStraight ? leftFlanking : (next != nil)
                guard canOpen else { i += 1; continue }
                if !style.isDoubleLevel
                    && !hasClosingMark(s, for: style, after: i, paragraphEnd: pe)
                {
                    i += 1
                    continue
                }
                if var o = outer {
                    if o.style == style && followsSentenceEnd(s, at: i, paragraphStart: ps) {
                        // The same mark again after a full stop: paragraphs of one quotation run together.
                        o.reopenings += 1
                        outer = o
                        inner.removeAll()
                    } else if style.isDoubleLevel && !o.style.isDoubleLevel {
                        // A speech mark inside a single-quoted span: the single mark was no quote.
                        outer = Open(style: style, mark: i, paragraph: p)
                        inner.removeAll()
                    } else if inner.count < maxNesting {
                        inner.append(Open(style: style, mark: i, paragraph: p))
                    }
                } else {
                    outer = Open(style: style, mark: i, paragraph: p)
                }
                i += 1
            }

            inner.removeAll()
            guard let o = outer else { continue }
            if o.style.isDoubleLevel, p + 1 < spans.count,
                let j = blockContinuation(s, of: o.style, in: spans[p + 1])
            {
                resumeAt = j + 1
                continue
            }
            if o.style.isDoubleLevel {
                append(o, closeMark: nil, end: pe, lastParagraph: p, to: &found, s)
            }
            outer = nil
        }
        if let o = outer, o.style.isDoubleLevel, let last = spans.last {
            append(o, closeMark: nil, end: last.end, lastParagraph: spans.count - 1, to: &found, s)
        }
        return found
    }

    private func append(
        _ o: Open, closeMark: Int?, end: Int, lastParagraph: Int, to found: inout [QuoteCandidate],
        _ s: [Unicode.Scalar]
    ) {
        var a = o.mark + 1
        var b = end
        while a < b, QuoteScalar.isSpace(s[a]) { a += 1 }
        while b > a, QuoteScalar.isSpace(s[b - 1]) { b -= 1 }
        guard a < b, s[a..<b].contains(where: QuoteScalar.isWordScalar) else { return }
        found.append(
            QuoteCandidate(
                openMark: o.mark, closeMark: closeMark, contentStart: a, contentEnd: b, style: o.style,
                firstParagraph: o.paragraph, lastParagraph: lastParagraph, reopenings: o.reopenings))
    }

    /// The offset of the opening mark that starts `para` when it continues a block quotation of `style`.
    private func blockContinuation(_ s: [Unicode.Scalar], of style: QuoteStyle, in para: Span) -> Int? {
        var j = para.start
        while j < para.end, QuoteScalar.isSpace(s[j]) { j += 1 }
        guard j + 1 < para.end, let mark = QuoteMark(s[j]), mark.opens == style else { return nil }
        if style.isStraight && QuoteScalar.isSpace(s[j + 1]) { return nil }
        return j
    }

    /// Whether the last non-space scalar before `i` ends a sentence.
    private func followsSentenceEnd(_ s: [Unicode.Scalar], at i: Int, paragraphStart: Int) -> Bool {
        var j = i - 1
        while j >= paragraphStart, QuoteScalar.isSpace(s[j]) { j -= 1 }
        guard j >= paragraphStart, j < i - 1 else { return false }
        return QuoteScalar.isSentenceFinal(s[j])
    }

    /// Whether a single opening mark at `i` has a closing mark before the paragraph ends, a speech
    /// mark intervenes, or the reach runs out; when not, it was an apostrophe.
    private func hasClosingMark(_ s: [Unicode.Scalar], for style: QuoteStyle, after i: Int, paragraphEnd: Int)
        -> Bool
    {
        let limit = min(paragraphEnd, i + singleQuoteReach)
        var j = i + 2
        while j < limit {
            let c = s[j]
            if let mark = QuoteMark(c) {
                if let opens = mark.opens, opens.isDoubleLevel { return false }
                if mark.closes(style) {
                    // Only ' ‘ ’ double as apostrophes; ‹ › and 『 』 close whatever stands around them.
                    if !QuoteMark.isApostropheLike(c) { return true }
                    let before = s[j - 1]
                    let after: Unicode.Scalar? = j + 1 < paragraphEnd ? s[j + 1] : nil
                    let between = QuoteScalar.isWordScalar(before) && after.map(QuoteScalar.isWordScalar) == true
                    if !between && !QuoteScalar.isSpace(before) { return true }
                }
            }
            j += 1
        }
        return false
    }

    /// When the mark at `i` is no quotation mark (an apostrophe, an inch or foot mark), how many
    /// scalars to skip; nil when it may be a quotation mark.
    private func nonQuoteLength(_ s: [Unicode.Scalar], at i: Int, paragraphStart ps: Int, paragraphEnd pe: Int)
        -> Int?
    {
        let c = s[i]
        let prev: Unicode.Scalar? = i > ps ? s[i - 1] : nil
        let next: Unicode.Scalar? = i + 1 < pe ? s[i + 1] : nil
        if c == "\"" {
            // 5' 10": an inch mark after feet.
            guard let p = prev, QuoteScalar.isDigit(p) else { return nil }
            var j = i - 1
            while j > ps, QuoteScalar.isDigit(s[j - 1]) { j -= 1 }
            var k = j - 1
            if k >= ps, s[k] == " " { k -= 1 }
            if k > ps, s[k] == "'" || s[k] == "′" || s[k] == "’", QuoteScalar.isDigit(s[k - 1]) { return 1 }
            return nil
        }
        guard QuoteMark.isApostropheLike(c) else { return nil }
        // don't, O'Neil, Maduro’s
        if let p = prev, let q = next, QuoteScalar.isWordScalar(p), QuoteScalar.isLetter(q) { return 1 }
        if let p = prev, QuoteScalar.isDigit(p), c != "‘" {
            // 5' 10": feet
            if let q = next, QuoteScalar.isDigit(q) { return 1 }
            if next == " ", i + 2 < pe, QuoteScalar.isDigit(s[i + 2]) { return 1 }
        }
        let atWordStart = prev.map { QuoteScalar.isSpace($0) || QuoteScalar.isOpeningContext($0) } ?? true
        guard atWordStart, let q = next else { return nil }
        // rock 'n' roll
        if q == "n" || q == "N", i + 2 < pe, QuoteMark.isApostropheLike(s[i + 2]),
            i + 3 >= pe || !QuoteScalar.isWordScalar(s[i + 3])
        {
            return 3
        }
        // '90s, ’05
        if QuoteScalar.isDigit(q), i + 2 < pe, QuoteScalar.isDigit(s[i + 2]) {
            guard i + 3 < pe else { return 1 }
            let after = s[i + 3]
            if after == "s" || !QuoteScalar.isWordScalar(after) { return 1 }
        }
        // 'em, 'cause, 'til
        for elision in QuoteMarkScanner.elisions where matches(s, elision, at: i + 1, end: pe) {
            return 1
        }
        return nil
    }

    private static let elisions: [[Unicode.Scalar]] = ["em", "cause", "til", "tis", "twas", "bout"].map {
        Array($0.unicodeScalars)
    }

    private func matches(_ s: [Unicode.Scalar], _ word: [Unicode.Scalar], at i: Int, end: Int) -> Bool {
        guard i + word.count <= end else { return false }
        for (k, w) in word.enumerated() where s[i + k] != w { return false }
        let after = i + word.count
        return after >= end || !QuoteScalar.isWordScalar(s[after])
    }
}
