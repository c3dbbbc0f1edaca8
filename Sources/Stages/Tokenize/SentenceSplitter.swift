/// Decides where sentences end inside one paragraph, from its tokens.
///
/// A sentence ends at `.`, `!`, `?` or an abbreviation's period, together with the closing
/// quotes and brackets glued to it (`…now.”`), when the next token can open a sentence:
/// - `!` and `?` end one unless a lowercase word follows (`“Slaves, never!” he said.`);
/// - a bare `.` ends one unless a lowercase word or `,` `;` `:` follows;
/// - an ellipsis ends one only when a capitalized word that commonly opens a sentence follows;
/// - a title (`Mr.`, `Dr.`) or an initial (`J.`) never ends one; other abbreviations
///   (`U.S.`, `Inc.`, `Jan.`) end one when a sentence-opening word (`The`, `He`…) follows.
///
/// Informal writing (mail, forums) adds a few more ends:
/// - a separator line (`=====`, `*****`, `_____`) is a sentence of its own;
/// - `>` or `>>` (the end of `<address>` or a quoted block) before a capitalized word;
/// - the comma of a greeting or closing (`Regards,` `Dear All,` `Thanks,`) before a
///   capitalized word;
/// - `)` before a capitalized word that commonly opens a sentence;
/// - the lines of mail headers, link lists, attachment lists and run-in lists, found from
///   their content (`SentenceSplitter+Mail.swift`): a timestamp after a sender's name, a
///   link before a capital or another link, `--` after a sentence, `- notes.pdf`, `2)`.
/// A period touching a lowercase word (`draft.doc`) and a postscript mark (`P.S.`) end
/// none. The paragraph's end always ends a sentence, and so does a line break after a
/// heading or greeting line or before a list bullet (`SentenceSplitter+Lines.swift`).
struct SentenceSplitter<Unit: ScalarUnit> {
    let scalars: ScalarUnits<Unit>
    let tokens: [Token]
    let range: Range<Int>
    /// The offsets of the text's line breaks, ascending (a CR LF pair once, at its LF).
    var lineBreaks: [Int] = []

    func split(into sentences: inout [Span]) {
        guard !range.isEmpty else { return }
        let cuts = lineCuts()
        guard !cuts.isEmpty else { return splitRun(into: &sentences) }
        var lower = range.lowerBound
        for cut in cuts {
            SentenceSplitter(scalars: scalars, tokens: tokens, range: lower..<cut).splitRun(into: &sentences)
            lower = cut
        }
        SentenceSplitter(scalars: scalars, tokens: tokens, range: lower..<range.upperBound).splitRun(into: &sentences)
    }

    /// Splits `range`, a run of tokens whose end ends a sentence.
    private func splitRun(into sentences: inout [Span]) {
        var start = tokens[range.lowerBound].start
        var sentenceFirst = range.lowerBound
        var k = range.lowerBound
        /// Ends the current sentence before token `j`, which opens the next one.
        func cut(before j: Int) {
            sentences.append(Span(start: start, end: tokens[j - 1].end))
            start = tokens[j].start
            sentenceFirst = j
        }
        while k < range.upperBound {
            // Most tokens are words and numbers that cannot end a sentence: skip them fast.
            let kind = tokens[k].kind
            let strength: Strength
            if kind == .number {
                // Only a date (`3/9/05` and longer) opens a timestamp, only a short number a list item.
                let length = tokens[k].length
                if length >= 6, let last = timestampEnd(k) {
                    if startsTimestampLine(k, sentenceFirst: sentenceFirst) { cut(before: k) }
                    // A timestamp heading its own line ends it before any word (`… 11:36 AM have you…`);
                    // one inside a sentence (`on 05/02/2001 10:12 AM`) only before a capital.
                    strength = k == sentenceFirst ? .line : .link
                    k = last
                } else {
                    if length <= 2 && startsListItem(k, sentenceFirst: sentenceFirst) { cut(before: k) }
                    k += 1
                    continue
                }
            } else if kind == .word && scalars[tokens[k].end - 1] != 0x2E {
                k += 1
                continue
            } else {
                if k > sentenceFirst && startsSentenceOfItsOwn(k) { cut(before: k) }
                guard let found = endStrength(k, sentenceFirst: sentenceFirst) else { k += 1; continue }
                strength = found
            }
            var m = k + 1
            while m < range.upperBound && tokens[m].start == tokens[m - 1].end && isCloser(tokens[m]) { m += 1 }
            // A quote standing alone between spaces after the end mark (`phrase. ' And`)
            // closes the sentence: an opening quote would touch the word it opens.
            if m + 1 < range.upperBound && isQuote(tokens[m]) && tokens[m].end < tokens[m + 1].start {
                m += 1
            }
            if m >= range.upperBound { break }
            if breaks(strength, next: m, closed: m > k + 1) { cut(before: m) }
            k = m
        }
        sentences.append(Span(start: start, end: tokens[range.upperBound - 1].end))
    }

    enum Strength {
        case exclamation, period, ellipsis, title, abbreviation
        /// `No.`, `Vol.`: no end before a number, an end before a capitalized word.
        case beforeNumber
        /// A capital letter and a period (`J.`, `Plan B.`): a sentence ends only before a
        /// word that opens sentences and is not itself a letter (`I`, `A`).
        case initial
        /// Breaks before any capitalized word or digit (`>`, a separator line).
        case hard
        /// Breaks before a capitalized word (a greeting's comma, a label's colon).
        case capitalized
        /// Breaks before a capitalized sentence-opening word (`)`).
        case starter
        /// Breaks before a capitalized word or a URL (after a link or a mail address).
        case link
        /// Breaks before any word, number or link (the end of a mail header line).
        case line
    }

    /// A line of one repeated `=`, `*`, `_`, `-`, `~` or `#`, four or more long.
    private func isSeparator(_ token: Token) -> Bool {
        guard token.length >= 4, token.kind == .symbol || token.kind == .punct else { return false }
        let c = scalars[token.start]
        switch c {
        case 0x3D, 0x2A, 0x5F, 0x2D, 0x7E, 0x23:
            for k in token.start..<token.end where scalars[k] != c { return false }
            return true
        default:
            return false
        }
    }

    /// A separator line, a signature mark or an attachment bullet: a sentence opens at `k`.
    private func startsSentenceOfItsOwn(_ k: Int) -> Bool {
        switch scalars[tokens[k].start] {
        case 0x2D: return (isSeparator(tokens[k]) && !touchesWordBefore(k)) || isSignatureDash(k) || isFileBullet(k)
        case 0x3D, 0x2A, 0x5F, 0x7E, 0x23: return isSeparator(tokens[k]) && !touchesWordBefore(k)
        default: return false
        }
    }

    private func endStrength(_ k: Int, sentenceFirst: Int) -> Strength? {
        let token = tokens[k]
        let first = scalars[token.start]
        let last = scalars[token.end - 1]
        if isSeparator(token) { return touchesWordAfter(k) ? nil : .hard }
        switch token.kind {
        case .url, .email:
            return .link
        case .symbol:
            // `>` closing an address or a quoted block; an emoticon (`:-)`) ending a sentence.
            if first == 0x3E || ((first == 0x3A || first == 0x3B || first == 0x3D) && token.length >= 2) {
                return .capitalized
            }
            return nil
        case .punct where first == 0x2C:
            // `Regards,` `Best regards,` `Dear All,`: a short sentence opened by a salutation.
            guard k - sentenceFirst <= 3, tokens[sentenceFirst].kind == .word,
                let key = PackedWord(scalars, tokens[sentenceFirst].start, tokens[sentenceFirst].end),
                SentenceLexicon.salutations.contains(key)
            else { return nil }
            return .capitalized
        case .punct where first == 0x29:
            return closesListNumber(k) ? nil : .starter
        case .punct where first == 0x2D:
            return k == sentenceFirst && isSignatureDash(k) ? .hard : nil
        case .punct:
            // An ellipsis opening a sentence (`...Nope`) leads into it rather than ending one.
            if first == 0x2E {
                if token.length > 1 {
                    if k == sentenceFirst { return nil }
                    // `...?` asks a question: it ends as `?` does.
                    return last == 0x3F || last == 0x21 ? .exclamation : .ellipsis
                }
                // `PS.` opening a sentence marks a postscript, which goes on after it.
                if k == sentenceFirst + 1 && tokens[sentenceFirst].end == token.start
                    && isPostscript(tokens[sentenceFirst])
                {
                    return nil
                }
                // `1.` opening a sentence numbers a list item rather than ending a sentence.
                if k == sentenceFirst + 1 && tokens[sentenceFirst].kind == .number
                    && tokens[sentenceFirst].end == token.start && tokens[sentenceFirst].length <= 2
                {
                    return nil
                }
                return .period
            }
            if first == 0x2026 { return k == sentenceFirst ? nil : .ellipsis }
            if first == 0x21 || first == 0x3F || ScalarClass.isTerminal(first) { return .exclamation }
            return nil
        case .word:
            guard last == 0x2E, token.length > 1 else { return nil }
            let key = PackedWord(scalars, token.start, token.end - 1) ?? ""
            if token.length == 2 && ScalarClass.isUpper(first) { return .initial }
            if TokenizerLexicon.titles.contains(key) { return .title }
            if k == sentenceFirst && SentenceLexicon.postscripts.contains(key) { return .title }
            if TokenizerLexicon.numberAbbreviations.contains(key) { return .beforeNumber }
            return .abbreviation
        default:
            return nil
        }
    }

    private func isQuote(_ token: Token) -> Bool {
        guard token.length == 1, token.kind == .punct else { return false }
        let c = scalars[token.start]
        return c == 0x22 || c == 0x27 || c == 0x201D || c == 0x2019
    }

    func isCloser(_ token: Token) -> Bool {
        token.length == 1 && token.kind == .punct && ScalarClass.isClosing(scalars[token.start])
    }

    private func breaks(_ strength: Strength, next m: Int, closed: Bool) -> Bool {
        let token = tokens[m]
        let c = scalars[token.start]
        // Punctuation or an emoticon right after the end mark stays in the sentence.
        if (token.kind == .symbol && (c == 0x3A || c == 0x3B || c == 0x3D))
            || (token.kind == .punct && !ScalarClass.isOpening(c) && c != 0x22 && c != 0x27 && c != 0x2A)
        {
            return false
        }
        switch strength {
        case .hard:
            return ScalarClass.isUpper(c) || ScalarClass.isDigit(c) || c == 0x22 || c == 0x201C
        case .capitalized:
            return ScalarClass.isUpper(c) && token.kind == .word
        case .starter:
            return opensSentenceStrongly(token) && c != 0x22 && c != 0x201C
        case .exclamation:
            // `“Slaves, never!” he said.`: a quoted exclamation goes on in lowercase.
            return !(ScalarClass.isLower(c) && closed)
        case .period:
            // A period touching a lowercase word (`draft.doc`, `help .thank you`) does not end a sentence.
            return !(ScalarClass.isLower(c) && token.start == tokens[m - 1].end)
        case .link:
            return (ScalarClass.isUpper(c) && token.kind == .word) || token.kind == .url
        case .line:
            switch token.kind {
            case .word, .number, .url, .email, .mention: return true
            default: return false
            }
        case .ellipsis:
            return ScalarClass.isUpper(c) && !(token.length == 1 && c == 0x49)
        case .title:
            return false
        case .beforeNumber:
            return ScalarClass.isUpper(c) && token.kind == .word
        case .initial:
            return token.length > 1 && opensSentenceStrongly(token) && scalars[token.start] != 0x22
                && scalars[token.start] != 0x201C
        case .abbreviation:
            return opensSentenceStrongly(token)
        }
    }

    /// A lowercase word that opens a sentence in informal writing (`i`, `they`, `what`).
    private func startsSentenceInLowercase(_ token: Token) -> Bool {
        guard token.kind == .word, token.length <= 12 else { return false }
        return PackedWord(scalars, token.start, token.end).map(TokenizerLexicon.sentenceStarters.contains) ?? false
    }

    /// A capitalized word that commonly opens a sentence, or an opening quote.
    private func opensSentenceStrongly(_ token: Token) -> Bool {
        let c = scalars[token.start]
        if c == 0x201C || c == 0x22 { return true }
        guard ScalarClass.isUpper(c), token.kind == .word, token.length <= 12 else { return false }
        return PackedWord(scalars, token.start, token.end).map(TokenizerLexicon.sentenceStarters.contains) ?? false
    }
}
