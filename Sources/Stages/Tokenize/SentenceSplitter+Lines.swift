/// Sentence ends marked by a line break inside a paragraph.
///
/// Hard-wrapped prose breaks its lines anywhere, so a line break alone ends nothing. It
/// ends a heading, a greeting or a signature: a line that starts a sentence, is short,
/// has no final punctuation and is followed by a line opening with a capital or a digit
/// (`Hi Anna` / `Thanks for…`). A line stopping on a word such as `the` or `of` was cut by
/// wrapping. A line break before a list bullet (`- eggs`) ends a sentence too, and one
/// before a list number (`2. Method`) after a finished line or another item.
extension SentenceSplitter {
    /// The most tokens a heading, greeting or signature line has.
    private static var shortLineTokens: Int { 4 }

    /// The token indices, ascending, before which a line break ends a sentence.
    func lineCuts() -> [Int] {
        guard !lineBreaks.isEmpty, !range.isEmpty else { return [] }
        let end = tokens[range.upperBound - 1].end
        var b = firstLineBreak(atOrAfter: tokens[range.lowerBound].start)
        var cuts: [Int] = []
        var lineFirst = range.lowerBound
        var next = range.lowerBound
        var opensSentence = true
        while b < lineBreaks.count && lineBreaks[b] < end {
            let lineBreak = lineBreaks[b]
            b += 1
            while next < range.upperBound && tokens[next].start < lineBreak { next += 1 }
            guard next < range.upperBound, next > lineFirst else { continue }
            let line = lineFirst..<next
            let cut = endsSentence(line: line, opensSentence: opensSentence)
            if cut { cuts.append(next) }
            opensSentence = cut || endsWithMark(line)
            lineFirst = next
        }
        return cuts
    }

    private func firstLineBreak(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = lineBreaks.count
        while low < high {
            let mid = (low + high) / 2
            if lineBreaks[mid] < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Whether the line `line` ends a sentence at its line break; `opensSentence` tells
    /// whether a sentence starts with it.
    private func endsSentence(line: Range<Int>, opensSentence: Bool) -> Bool {
        let next = tokens[line.upperBound]
        let last = tokens[line.upperBound - 1]
        if startsBullet(line.upperBound) { return true }
        // `2.` after a wrapped line may be a number ending a sentence (`aged` / `12. He`):
        // a list number opens an item only after a finished line or another item.
        if startsListNumber(line.upperBound) && (endsWithMark(line) || startsListNumber(line.lowerBound)) {
            return true
        }
        guard opensSentence, line.count <= Self.shortLineTokens, last.kind == .word || last.kind == .number,
            next.kind == .word || next.kind == .number, startsWithCapitalOrDigit(tokens[line.lowerBound]),
            startsWithCapitalOrDigit(next)
        else { return false }
        return !(PackedWord(scalars, last.start, last.end).map(SentenceLexicon.lineContinuing.contains) ?? false)
    }

    private func startsWithCapitalOrDigit(_ token: Token) -> Bool {
        let c = scalars[token.start]
        return ScalarClass.isUpper(c) || ScalarClass.isDigit(c)
    }

    /// Whether the line ends with `.` `!` `?` `:` or an ellipsis, closing quotes and brackets aside.
    private func endsWithMark(_ line: Range<Int>) -> Bool {
        var k = line.upperBound - 1
        while k > line.lowerBound && isCloser(tokens[k]) { k -= 1 }
        let token = tokens[k]
        guard token.kind == .punct || token.kind == .word else { return false }
        let c = scalars[token.end - 1]
        return ScalarClass.isTerminal(c) || (c == 0x3A && token.kind == .punct)
    }

    /// `- eggs`, `* eggs`, `• eggs`: a bullet and a space.
    private func startsBullet(_ k: Int) -> Bool {
        let token = tokens[k]
        let c = scalars[token.start]
        guard token.length == 1, c == 0x2D || c == 0x2A || c == 0x2022 || c == 0x2013 || c == 0xB7 else { return false }
        return k + 1 < range.upperBound && tokens[k + 1].start > token.end
    }

    /// `2. Method`, `2) Method`: a list number, its mark and a space.
    private func startsListNumber(_ k: Int) -> Bool {
        let token = tokens[k]
        guard token.kind == .number, token.length <= 2, k + 2 < range.upperBound else { return false }
        let mark = tokens[k + 1]
        let m = scalars[mark.start]
        return mark.start == token.end && mark.length == 1 && (m == 0x2E || m == 0x29) && tokens[k + 2].start > mark.end
    }
}
