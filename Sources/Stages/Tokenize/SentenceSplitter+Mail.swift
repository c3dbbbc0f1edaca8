/// Sentence ends that mail, forum and web text mark by layout rather than punctuation.
///
/// Once a message's line breaks are gone, its header and list lines run together:
/// `Kay Mann 04/26/2001 07:17 AM Will you…`, `… - API.pdf - Notes.doc`. These rules find
/// such lines from their content. Each needs a shape that running news prose does not
/// have (a full date with a clock time, a bare link before a capital, a `- report.pdf`
/// bullet), so articles are cut as before.
extension SentenceSplitter {
    /// The index of the last token of a mail timestamp opening at `k` — a numeric date,
    /// a clock time and optionally `AM`/`PM` and a time zone (`03/27/2001 09:11 AM`) — or
    /// nil when no timestamp opens there.
    func timestampEnd(_ k: Int) -> Int? {
        guard k + 1 < range.upperBound, tokens[k + 1].kind == .number, isClockTime(tokens[k + 1]),
            isNumericDate(tokens[k])
        else { return nil }
        var last = k + 1
        if last + 1 < range.upperBound && isWord(last + 1, in: SentenceLexicon.meridiems) { last += 1 }
        if last + 1 < range.upperBound && isWord(last + 1, in: SentenceLexicon.timeZones) { last += 1 }
        return last
    }

    /// Whether the timestamp at `k` opens a header line of its own, after a sender's name
    /// or address (`Kay Mann 04/26/2001…`) rather than after a word that leads into it
    /// (`on 04/25/01 12:42`). A lone capitalized word (`Posted 03/09/2005…`) is a label
    /// of the timestamp, not a sender.
    func startsTimestampLine(_ k: Int, sentenceFirst: Int) -> Bool {
        guard k - sentenceFirst >= 2 else { return false }
        let previous = tokens[k - 1]
        let c = scalars[previous.start]
        switch previous.kind {
        case .email, .mention, .url: return true
        case .word: return ScalarClass.isUpper(c)
        case .symbol: return c == 0x3E
        case .punct: return c == 0x22 || c == 0x201D
        default: return false
        }
    }

    /// `12/31/2001`, `3/9/05`: digits in three groups joined by slashes.
    private func isNumericDate(_ token: Token) -> Bool {
        guard token.length >= 6, token.length <= 10 else { return false }
        var groups = 1
        var digits = 0
        for k in token.start..<token.end {
            let c = scalars[k]
            if c == 0x2F {
                guard digits >= 1, digits <= 2 else { return false }
                groups += 1
                digits = 0
            } else if ScalarClass.isASCIIDigit(c) {
                digits += 1
            } else {
                return false
            }
        }
        return groups == 3 && (digits == 2 || digits == 4)
    }

    /// `9:05`, `11:16:00`: hours, then minutes and optionally seconds after colons.
    private func isClockTime(_ token: Token) -> Bool {
        guard token.length >= 4, token.length <= 8 else { return false }
        var colons = 0
        var digits = 0
        for k in token.start..<token.end {
            let c = scalars[k]
            if c == 0x3A {
                guard digits >= 1, digits <= 2, colons == 0 || digits == 2 else { return false }
                colons += 1
                digits = 0
            } else if ScalarClass.isASCIIDigit(c) {
                digits += 1
            } else {
                return false
            }
        }
        return colons >= 1 && colons <= 2 && digits == 2
    }

    private func isWord(_ k: Int, in words: PackedWordSet) -> Bool {
        guard tokens[k].kind == .word, tokens[k].start > tokens[k - 1].end else { return false }
        return PackedWord(scalars, tokens[k].start, tokens[k].end).map(words.contains) ?? false
    }

    /// A `--` standing alone right after a sentence end or at a paragraph's start: the
    /// mail signature mark (`-- Posted by Ann`), a sentence of its own.
    func isSignatureDash(_ k: Int) -> Bool {
        let token = tokens[k]
        guard token.length == 2, token.kind == .punct, scalars[token.start] == 0x2D, scalars[token.start + 1] == 0x2D
        else { return false }
        if k + 1 < range.upperBound && tokens[k + 1].start == token.end { return false }
        guard k > range.lowerBound else { return true }
        let previous = tokens[k - 1]
        guard previous.end < token.start, previous.kind == .punct else { return false }
        let c = scalars[previous.end - 1]
        return c == 0x2E || c == 0x21 || c == 0x3F
    }

    /// A hyphen bullet before a file name (`- minutes.pdf`): an item of an attachment list.
    func isFileBullet(_ k: Int) -> Bool {
        let token = tokens[k]
        guard token.length == 1, token.kind == .punct, scalars[token.start] == 0x2D, k + 1 < range.upperBound,
            k > range.lowerBound, tokens[k - 1].end < token.start
        else { return false }
        let next = tokens[k + 1]
        return next.kind == .word && next.start > token.end && isFileName(next)
    }

    /// `report.pdf`, `Notes_v2.doc`: a name, a dot and a lowercase extension of two to four letters.
    private func isFileName(_ token: Token) -> Bool {
        var dot = token.end - 1
        while dot > token.start && scalars[dot] != 0x2E {
            guard scalars[dot] >= 0x61 && scalars[dot] <= 0x7A else { return false }
            dot -= 1
        }
        let extensionLength = token.end - dot - 1
        return dot > token.start && extensionLength >= 2 && extensionLength <= 4 && scalars[dot - 1] != 0x2E
    }

    /// A list number closed by a bracket (`2)`) after a word: an item of a run-in list
    /// (`…four nights 1) what island… 2) I would like…`) opens a sentence of its own.
    func startsListItem(_ k: Int, sentenceFirst: Int) -> Bool {
        let token = tokens[k]
        guard token.length <= 2, k + 1 < range.upperBound, k - sentenceFirst >= 2 else { return false }
        let bracket = tokens[k + 1]
        guard bracket.start == token.end, bracket.length == 1, scalars[bracket.start] == 0x29 else { return false }
        let previous = tokens[k - 1]
        return previous.kind == .word && previous.end < token.start && !isInsideParentheses(k)
    }

    /// A `)` closing a list number (`2)`) rather than a parenthesis.
    func closesListNumber(_ k: Int) -> Bool {
        guard k > range.lowerBound else { return false }
        let number = tokens[k - 1]
        guard number.kind == .number, number.end == tokens[k].start, number.length <= 2 else { return false }
        return (k - 1 == range.lowerBound || tokens[k - 2].end < number.start) && !isInsideParentheses(k - 1)
    }

    /// Whether an earlier `(` of the paragraph is still open at token `k`: then `83)` closes
    /// it (`Mills (Bradley Wright-Phillips 83), Dunne`, `(BBC Two/Channel 4)`), as in the
    /// line-ups and listings of news articles, and is no list number.
    private func isInsideParentheses(_ k: Int) -> Bool {
        var depth = 0
        var index = k - 1
        while index >= range.lowerBound {
            let token = tokens[index]
            if token.length == 1 {
                switch scalars[token.start] {
                case 0x29: depth += 1
                case 0x28:
                    if depth == 0 { return true }
                    depth -= 1
                default: break
                }
            }
            index -= 1
        }
        return false
    }

    /// Whether the token at `k` touches a word on its left (`NOTICE*****`): a separator
    /// glued to a word frames it as a heading (`*****NOTICE*****`), so the heading's
    /// words stay between the two separators.
    func touchesWordBefore(_ k: Int) -> Bool {
        k > range.lowerBound && tokens[k - 1].end == tokens[k].start && tokens[k - 1].kind == .word
    }

    /// Whether the token at `k` touches a word on its right (`*****NOTICE`).
    func touchesWordAfter(_ k: Int) -> Bool {
        k + 1 < range.upperBound && tokens[k + 1].start == tokens[k].end && tokens[k + 1].kind == .word
    }

    /// `P.S.` or `PS.` opening a sentence: the postscript mark leads into the sentence.
    func isPostscript(_ token: Token) -> Bool {
        PackedWord(scalars, token.start, token.end).map(SentenceLexicon.postscripts.contains) ?? false
    }
}
