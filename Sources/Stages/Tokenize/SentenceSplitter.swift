/// Decides where sentences end inside one paragraph, from its tokens.
///
/// A sentence ends at `.`, `!`, `?` or an abbreviation's period, together with the closing
/// quotes and brackets glued to it (`…now.”`), when the next token can open a sentence:
/// - `!` and `?` end one unless a lowercase word follows (`“Slaves, never!” he said.`);
/// - a bare `.` ends one unless a lowercase word or `,` `;` `:` follows;
/// - an ellipsis ends one only when a capitalized word that commonly opens a sentence follows;
/// - a title (`Mr.`, `Dr.`) or an initial (`J.`) never ends one; other abbreviations
///   (`U.S.`, `Inc.`, `Jan.`) end one when a sentence-opening word (`The`, `He`…) follows.
/// The paragraph's end always ends a sentence.
struct SentenceSplitter {
    let scalars: [UInt32]
    let tokens: [Token]
    let range: Range<Int>

    func split(into sentences: inout [Span]) {
        guard !range.isEmpty else { return }
        var start = tokens[range.lowerBound].start
        var k = range.lowerBound
        while k < range.upperBound {
            guard let strength = endStrength(k) else { k += 1; continue }
            var m = k + 1
            while m < range.upperBound && tokens[m].start == tokens[m - 1].end && isCloser(tokens[m]) { m += 1 }
            if m >= range.upperBound { break }
            if breaks(strength, next: m, closed: m > k + 1) {
                sentences.append(Span(start: start, end: tokens[m - 1].end))
                start = tokens[m].start
            }
            k = m
        }
        sentences.append(Span(start: start, end: tokens[range.upperBound - 1].end))
    }

    enum Strength {
        case exclamation, period, ellipsis, title, abbreviation
    }

    private func endStrength(_ k: Int) -> Strength? {
        let token = tokens[k]
        let first = scalars[token.start]
        let last = scalars[token.end - 1]
        switch token.kind {
        case .punct:
            if first == 0x2E { return token.length == 1 ? .period : .ellipsis }
            if first == 0x2026 { return .ellipsis }
            if first == 0x21 || first == 0x3F || ScalarClass.isTerminal(first) { return .exclamation }
            return nil
        case .word:
            guard last == 0x2E, token.length > 1 else { return nil }
            let key = lowercasedStem(token)
            if token.length == 2 && ScalarClass.isUpper(first) { return .title }
            if TokenizerLexicon.titles.contains(key) { return .title }
            return .abbreviation
        default:
            return nil
        }
    }

    private func lowercasedStem(_ token: Token) -> String {
        var bytes: [UInt8] = []
        for k in token.start..<(token.end - 1) {
            var c = scalars[k]
            guard c < 0x80 else { return "" }
            if c >= 0x41 && c <= 0x5A { c += 0x20 }
            bytes.append(UInt8(c))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func isCloser(_ token: Token) -> Bool {
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
        case .exclamation:
            // `“Slaves, never!” he said.`: a quoted exclamation goes on in lowercase.
            return !(ScalarClass.isLower(c) && closed)
        case .period:
            return true
        case .ellipsis:
            return ScalarClass.isUpper(c) && !(token.length == 1 && c == 0x49)
        case .title:
            return false
        case .abbreviation:
            return opensSentenceStrongly(token)
        }
    }

    /// A lowercase word that opens a sentence in informal writing (`i`, `they`, `what`).
    private func startsSentenceInLowercase(_ token: Token) -> Bool {
        guard token.kind == .word, token.length <= 12 else { return false }
        return TokenizerLexicon.sentenceStarters.contains(lowercased(token))
    }

    private func lowercased(_ token: Token) -> String {
        var bytes: [UInt8] = []
        for k in token.start..<token.end {
            var x = scalars[k]
            guard x < 0x80 else { return "" }
            if x >= 0x41 && x <= 0x5A { x += 0x20 }
            bytes.append(UInt8(x))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A capitalized word that commonly opens a sentence, or an opening quote.
    private func opensSentenceStrongly(_ token: Token) -> Bool {
        let c = scalars[token.start]
        if c == 0x201C || c == 0x22 { return true }
        guard ScalarClass.isUpper(c), token.kind == .word, token.length <= 12 else { return false }
        var bytes: [UInt8] = []
        for k in token.start..<token.end {
            var x = scalars[k]
            guard x < 0x80 else { return false }
            if x >= 0x41 && x <= 0x5A { x += 0x20 }
            bytes.append(UInt8(x))
        }
        return TokenizerLexicon.sentenceStarters.contains(String(decoding: bytes, as: UTF8.self))
    }
}
