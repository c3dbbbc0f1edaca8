/// Lays out whitespace: paragraphs joined by exactly `"\n\n"`, every other whitespace run
/// one space, no leading or trailing whitespace, and words broken across lines rejoined.
///
/// Paragraphs are the blocks `ParagraphFinder` sees (blank lines, U+2029, and in the
/// article format the headline and byline lines). CR, CRLF, NEL and U+2028 are line breaks.
///
/// Line-end hyphens — a letter, `-`, whitespace holding one line break, then a letter:
/// - before a lowercase letter the hyphen is taken as a hyphenation and removed
///   (`inter-\nnational` → `international`), unless the fragment before it is a word
///   that heads real compounds (`well-\nknown`, `self-\nemployed`, `non-\nprofit` keep it);
/// - before an uppercase letter or a digit it is a real hyphen and kept, only the break
///   removed (`Anglo-\nFrench`, `COVID-\n19`).
/// A soft hyphen at a line end always joins the two parts without a hyphen.
enum WhitespaceLayout {
    /// First parts of hyphenated compounds that are words of their own, so a hyphen after
    /// them at a line end is kept.
    static let compoundHeads: Set<String> = [
        "well", "self", "non", "ex", "co", "anti", "pre", "post", "pro", "multi", "cross", "half", "long",
        "short", "high", "low", "all", "full", "so", "far", "near", "once", "twenty", "thirty", "forty",
        "fifty", "sixty", "seventy", "eighty", "ninety", "one", "two", "three", "four", "five", "six",
        "seven", "eight", "nine", "ten", "first", "second", "third", "mid", "vice", "semi", "quasi", "e",
        "x", "t", "u", "off", "on", "up", "down",
        "old", "new", "life", "hard", "left", "right", "open", "close", "part", "time", "world", "state",
        "year", "day", "week", "month", "man", "woman", "child", "middle", "top", "best", "better", "worst",
        "little", "much", "ill", "free", "good", "bad", "hand", "head", "eye", "user", "tax", "cost", "data",
        "market", "policy", "decision", "law",
    ]

    /// Whether scalar `i` is followed by whitespace that holds a line break (and then text).
    static func isLineEndAfter(_ s: [UInt32], _ i: Int) -> Bool {
        var k = i + 1
        var breaks = 0
        while k < s.count && ScalarClass.isWhitespace(s[k]) {
            if ScalarClass.isLineBreak(s[k]) && !(s[k] == 0x0A && k > 0 && s[k - 1] == 0x0D) { breaks += 1 }
            k += 1
        }
        return breaks == 1 && k < s.count
    }

    /// The part of `buffer`'s text the layout keeps when it would only cut whitespace at
    /// the ends: every paragraph one line of regular spacing, paragraphs joined by exactly
    /// `"\n\n"`. Nil when the layout has more to do, or nothing is left.
    static func keptRange(_ buffer: ScalarBuffer, headline: Bool) -> Range<Int>? {
        guard !buffer.hasIrregularSpace, !buffer.hasInvisible else { return nil }
        return keptRange(buffer.scalars, lineBreaks: buffer.lineBreaks, headline: headline)
    }

    /// `keptRange` of scalars with regular spacing and no invisible scalars, given their
    /// line breaks (as `ScalarBuffer.lineBreaks`).
    static func keptRange<Scalars: RandomAccessCollection<UInt32>>(
        _ s: Scalars, lineBreaks: [Int], headline: Bool
    ) -> Range<Int>? where Scalars.Index == Int {
        let blocks = ParagraphFinder(scalars: s, detectHeadline: headline).blocks(lineBreaks: lineBreaks)
        guard let first = blocks.first, let last = blocks.last else { return nil }
        var lineBreakIndex = 0
        var previousEnd = first.start
        for (index, block) in blocks.enumerated() {
            if index > 0 {
                let gap = previousEnd..<block.start
                guard gap.count == 2, s[gap.lowerBound] == 0x0A, s[gap.lowerBound + 1] == 0x0A else { return nil }
            }
            while lineBreakIndex < lineBreaks.count && lineBreaks[lineBreakIndex] < block.start { lineBreakIndex += 1 }
            guard lineBreakIndex == lineBreaks.count || lineBreaks[lineBreakIndex] >= block.end else { return nil }
            previousEnd = block.end
        }
        return first.start..<last.end
    }

    /// The laid-out stream (nil when already laid out) and whether words were joined,
    /// which can bring together scalars that other passes then rewrite.
    /// `known` is the decoding of the stream's scalars when they are still the source's,
    /// whose line breaks and whitespace facts save scans.
    static func apply(_ stream: ScalarStream, headline: Bool, known: ScalarBuffer?) -> (ScalarStream, joined: Bool)? {
        let s = stream.scalars
        let finder = ParagraphFinder(scalars: s, detectHeadline: headline)
        let blocks = known.map { finder.blocks(lineBreaks: $0.lineBreaks) } ?? finder.blocks()
        // Regular text (single spaces, no invisible scalars such as soft hyphens) needs no
        // scan inside a block that is a single line.
        let regular = known.map { !$0.hasIrregularSpace && !$0.hasInvisible } ?? false
        var lineBreakIndex = 0
        var builder = ScalarStreamBuilder(stream)
        var previousEnd = 0
        var joined = false
        for (index, block) in blocks.enumerated() {
            // The gap before the block: nothing at the start of the text, else "\n\n".
            let gap = previousEnd..<block.start
            if index == 0 {
                builder.delete(gap)
            } else if gap.count == 2 && s[gap.lowerBound] == 0x0A && s[gap.lowerBound + 1] == 0x0A {
                builder.copy(gap)
            } else {
                builder.replace(gap, with: [0x0A, 0x0A])
            }
            var oneLine = regular
            if regular, let lineBreaks = known?.lineBreaks {
                while lineBreakIndex < lineBreaks.count && lineBreaks[lineBreakIndex] < block.start { lineBreakIndex += 1 }
                oneLine = lineBreakIndex == lineBreaks.count || lineBreaks[lineBreakIndex] >= block.end
            }
            if oneLine {
                builder.copy(block.start..<block.end)
            } else {
                layOut(block.start..<block.end, s, &builder, joined: &joined)
            }
            previousEnd = block.end
        }
        builder.delete(previousEnd..<s.count)
        guard builder.changed else { return nil }
        return (builder.finish(), joined)
    }

    /// Copies one paragraph with its whitespace runs collapsed and line-end hyphens resolved.
    private static func layOut(
        _ range: Range<Int>, _ s: [UInt32], _ builder: inout ScalarStreamBuilder, joined: inout Bool
    ) {
        var i = range.lowerBound
        var copiedUpTo = i
        while i < range.upperBound {
            let c = s[i]
            if c > 0x20 && c < 0x7F { i += 1; continue }
            guard ScalarClass.isWhitespace(c) || c == 0xAD else { i += 1; continue }
            var j = i
            if c == 0xAD { j += 1 }
            let whitespaceStart = j
            var lineBreak = false
            while j < range.upperBound && ScalarClass.isWhitespace(s[j]) {
                if ScalarClass.isLineBreak(s[j]) { lineBreak = true }
                j += 1
            }
            let next: UInt32 = j < range.upperBound ? s[j] : 0
            if c == 0xAD {
                // A soft hyphen the filter kept sits at a line end: join the parts.
                builder.copy(copiedUpTo..<i)
                builder.delete(i..<j)
                joined = true
                copiedUpTo = j
                i = j
                continue
            }
            if lineBreak, i - 1 > range.lowerBound, ScalarClass.isHyphen(s[i - 1]), ScalarClass.isLetter(s[i - 2]),
                ScalarClass.isLetter(next) || ScalarClass.isASCIIDigit(next)
            {
                builder.copy(copiedUpTo..<(i - 1))
                joined = true
                if ScalarClass.isLower(next) && !compoundHeads.contains(fragment(before: i - 1, s, from: range.lowerBound)) {
                    builder.delete((i - 1)..<j)  // hyphenation: drop the hyphen and the break
                } else {
                    builder.copy(i - 1)  // real hyphen: keep it, drop the break
                    builder.delete(i..<j)
                }
                copiedUpTo = j
                i = j
                continue
            }
            _ = whitespaceStart
            if j - i == 1 && c == 0x20 {
                i = j
                continue
            }
            builder.copy(copiedUpTo..<i)
            builder.replace(i..<j, with: [0x20])
            copiedUpTo = j
            i = j
        }
        builder.copy(copiedUpTo..<range.upperBound)
    }

    /// The lowercased letters right before `end` (the fragment a line-end hyphen follows).
    private static func fragment(before end: Int, _ s: [UInt32], from lower: Int) -> String {
        var start = end
        while start > lower && ScalarClass.isLetter(s[start - 1]) && end - start < 24 { start -= 1 }
        var result = ""
        for k in start..<end {
            var c = s[k]
            guard c < 0x80 else { return "" }
            if c >= 0x41 && c <= 0x5A { c += 0x20 }
            result.unicodeScalars.append(Unicode.Scalar(UInt8(c)))
        }
        return result
    }
}
