/// Cuts one paragraph's scalars into tokens in a single left-to-right scan. Lookahead
/// never crosses whitespace: every rule stops at a space like at any other non-word scalar.
struct TokenScanner<Unit: ScalarUnit> {
    /// The text's scalars; valid while the caller's storage is alive (`Tokenizer.tokenize`).
    let s: ScalarUnits<Unit>
    /// Whether the text has an `@`, without which no word can be the start of an address.
    let mayHoldAddresses: Bool
    var tokens: [Token] = []

    init(scalars: ScalarUnits<Unit>, mayHoldAddresses: Bool = true) {
        self.s = scalars
        self.mayHoldAddresses = mayHoldAddresses
    }

    // ASCII code points used below.
    private static var dot: UInt32 { 0x2E }
    private static var comma: UInt32 { 0x2C }
    private static var colon: UInt32 { 0x3A }
    private static var semicolon: UInt32 { 0x3B }
    private static var slash: UInt32 { 0x2F }
    private static var amp: UInt32 { 0x26 }
    private static var hyphen: UInt32 { 0x2D }
    private static var at: UInt32 { 0x40 }
    private static var hash: UInt32 { 0x23 }
    private static var underscore: UInt32 { 0x5F }

    /// Tokenizes `[start, end)`, one paragraph.
    mutating func tokenize(_ start: Int, _ end: Int) {
        var i = start
        while i < end {
            let c = s[i]
            if c == 0x20 || (c < 0x80 ? (c >= 0x09 && c <= 0x0D) : ScalarClass.isWhitespace(c)) {
                i += 1
                continue
            }
            let startsURL = mayStartURL(i, end)
            if !startsURL && (c | 0x20) &- 0x61 < 26 {
                // Most tokens are ASCII letters then a space: no join, period, address or
                // clitic rule applies, so the word is emitted here without the general scan.
                let e = asciiAlnumRunEnd(from: i + 1, end)
                if e < end && s[e] == 0x20 && !maySplit(i, e) {
                    emit(i, e, .word)
                    i = e + 1
                    continue
                }
            }
            if startsURL, let e = urlEnd(i, end) { emit(i, e, .url); i = e; continue }
            if ScalarClass.isWordScalar(c) && !ScalarClass.isExtender(c) {
                let before = tokens.count
                let e = word(i, end)
                // An address: the word ran into its local part's `@`, `.`, `_`, `-` or `+`.
                if mayHoldAddresses, e < end && isEmailLocal(s[e]) || (e < end && s[e] == Self.at),
                    ScalarClass.isAlnumASCII(c), let m = emailEnd(i, end)
                {
                    tokens.removeSubrange(before...)
                    emit(i, m, .email)
                    i = m
                    continue
                }
                i = e
                continue
            }
            i = other(i, end)
        }
    }

    private mutating func emit(_ start: Int, _ end: Int, _ kind: TokenKind) {
        if end > start { tokens.append(Token(start: start, end: end, kind: kind)) }
    }

    /// Whether the scalar before `i` is a space or the text's start (a token starts a chunk).
    @inline(__always)
    private func startsChunk(_ i: Int) -> Bool {
        i == 0 || ScalarClass.isWhitespace(s[i - 1])
    }

    /// A cheap filter before the prefix test: `ht…`, `ww…` or `ft…` in any case.
    @inline(__always)
    private func mayStartURL(_ i: Int, _ end: Int) -> Bool {
        guard i + 1 < end else { return false }
        let c = s[i] | 0x20
        let next = s[i + 1] | 0x20
        return ((c == 0x68 || c == 0x66) && next == 0x74) || (c == 0x77 && next == 0x77)
    }

    // MARK: words and numbers

    /// Scans a word or number starting at `start`, emits it (split into clitics or
    /// number + unit where the conventions say so) and returns where it ends.
    private mutating func word(_ start: Int, _ b: Int) -> Int {
        var j = start + 1
        var segmentStart = start  // after the last hyphen or dot
        var dots = 0
        var slashes = 0
        var longestSegment = 0
        while j < b {
            j = asciiAlnumRunEnd(from: j, b)
            guard j < b else { break }
            let c = s[j]
            if c == 0x20 { break }  // how most words end: no join rule applies
            if ScalarClass.isWordScalar(c) { j += 1; continue }
            guard j + 1 < b else { break }
            let p = s[j - 1]
            let q = s[j + 1]
            var joins = false
            switch c {
            case Self.dot:
                if ScalarClass.isDigit(p) && ScalarClass.isDigit(q) {
                    joins = true
                } else if ScalarClass.isWordScalar(p) && ScalarClass.isWordScalar(q) {
                    // U.S, e.g, Ph.D and domain names join; `end.The` (missing space) splits.
                    joins = j - segmentStart <= 2 || ScalarClass.isLower(q) || isTopLevelDomain(j + 1, b)
                }
            case Self.comma:
                joins = ScalarClass.isASCIIDigit(p) && threeDigitsFollow(j + 1, b)
            case Self.colon:
                joins = ScalarClass.isASCIIDigit(p) && ScalarClass.isASCIIDigit(q)
            case Self.slash:
                // Dates (02/13/2001) join, but not 24/7; w/o and b/c join, and/or splits.
                if ScalarClass.isASCIIDigit(p) && ScalarClass.isASCIIDigit(q) {
                    joins = slashes > 0 || slashFollows(j + 1, b)
                } else {
                    joins = j - segmentStart == 1 && ScalarClass.isLower(p) && ScalarClass.isLower(q)
                }
            case Self.amp:
                joins = ScalarClass.isUpper(p) && ScalarClass.isUpper(q) && j - segmentStart <= 3
            case Self.underscore:
                joins = ScalarClass.isWordScalar(q)
            case 0x27, 0x2019, 0x2BC:
                // O'Brien, don't (split later); 1990's and 12's keep their 's.
                joins = (ScalarClass.isLetter(p) && ScalarClass.isLetter(q))
                    || (ScalarClass.isASCIIDigit(p) && (q == 0x73 || q == 0x53) && (j + 2 >= b || !ScalarClass.isWordScalar(s[j + 2])))
            case Self.hyphen, 0x2010, 0x2011:
                if ScalarClass.isASCIIDigit(p) && ScalarClass.isASCIIDigit(q) {
                    joins = isDigitGroupPattern(segmentStart, j, b)
                } else if ScalarClass.isWordScalar(p) && ScalarClass.isWordScalar(q) && j - segmentStart <= 7 {
                    joins = PackedWord(s, segmentStart, j).map(TokenizerLexicon.hyphenPrefixes.contains) ?? false
                }
            default:
                joins = false
            }
            guard joins else { break }
            if c == Self.dot { dots += 1; longestSegment = max(longestSegment, j - segmentStart) }
            if c == Self.slash { slashes += 1 }
            if c == Self.dot || c == Self.hyphen || c == Self.slash { segmentStart = j + 1 }
            j += 2
        }
        var end = j
        if dots > 0 { longestSegment = max(longestSegment, j - segmentStart) }
        // `Inc..` is `Inc.` + `.`, but `etc...` is `etc` + `...`.
        let dotsAfter = end + 2 < b && s[end + 1] == Self.dot && s[end + 2] == Self.dot
        if end < b && s[end] == Self.dot && !dotsAfter
            && takesPeriod(start, end, dots: dots, longestSegment: longestSegment)
        {
            end += 1
        }
        emitWord(start, end)
        return end
    }

    /// The end of the run of ASCII letters and digits from `j` (see `ScalarUnit.alnumRunEnd`).
    @inline(__always)
    private func asciiAlnumRunEnd(from j: Int, _ b: Int) -> Int {
        Unit.alnumRunEnd(s.base, from: j, to: b)
    }

    /// Whether the letters at `i` are a common top-level domain ending the word (`Newsfeed.Com`).
    private func isTopLevelDomain(_ i: Int, _ b: Int) -> Bool {
        var k = i
        while k < b && ScalarClass.isLetter(s[k]) && k - i < 4 { k += 1 }
        if k < b && ScalarClass.isWordScalar(s[k]) { return false }
        return PackedWord(s, i, k).map(TokenizerLexicon.topLevelDomains.contains) ?? false
    }

    /// Whether a `/` follows the digits starting at `i` (a date such as 02/13/2001).
    private func slashFollows(_ i: Int, _ b: Int) -> Bool {
        var k = i
        while k < b && ScalarClass.isASCIIDigit(s[k]) { k += 1 }
        return k + 1 < b && s[k] == Self.slash && ScalarClass.isASCIIDigit(s[k + 1])
    }

    /// Whether digits joined by a hyphen at `hyphen` form a phone number or an ISO date
    /// (`853-3242`, `2005-03-09`) rather than a range (`1998-2001`, split).
    private func isDigitGroupPattern(_ segmentStart: Int, _ hyphen: Int, _ b: Int) -> Bool {
        let left = hyphen - segmentStart
        for k in segmentStart..<hyphen where !ScalarClass.isASCIIDigit(s[k]) { return false }
        var k = hyphen + 1
        while k < b && ScalarClass.isASCIIDigit(s[k]) { k += 1 }
        let right = k - hyphen - 1
        switch (left, right) {
        case (3, 3), (3, 4), (4, 2), (2, 2), (2, 4), (1, 3): return true
        default: return false
        }
    }

    private func threeDigitsFollow(_ i: Int, _ b: Int) -> Bool {
        guard i + 3 <= b else { return false }
        for k in i..<(i + 3) where !ScalarClass.isASCIIDigit(s[k]) { return false }
        return i + 3 == b || !ScalarClass.isASCIIDigit(s[i + 3])
    }

    /// Whether the word `[start, end)` followed by a period is an abbreviation that keeps it.
    private func takesPeriod(_ start: Int, _ end: Int, dots: Int, longestSegment: Int) -> Bool {
        let length = end - start
        if dots > 0 {
            // U.S., e.g., a.m., Ph.D. — short letter groups separated by dots; not a decimal
            // number nor a domain name (`example.com.`).
            return longestSegment <= 2 && ScalarClass.isLetter(s[end - 1]) && ScalarClass.isLetter(s[start])
        }
        if length == 1 { return ScalarClass.isLetter(s[start]) }
        guard length <= 8 else { return false }
        guard let key = PackedWord(s, start, end) else { return false }
        return TokenizerLexicon.periodWords.contains(key)
    }

    /// Whether `[start, end)` spells `word` (lowercase ASCII) in any case.
    private func equalsLowercased(_ start: Int, _ end: Int, _ word: StaticString) -> Bool {
        guard word.utf8CodeUnitCount == end - start else { return false }
        return word.withUTF8Buffer { buffer in
            for k in 0..<buffer.count where lower(start + k) != UInt32(buffer[k]) { return false }
            return true
        }
    }

    @inline(__always)
    private func lower(_ k: Int) -> UInt32 {
        let c = s[k]
        return c &- 0x41 < 26 ? c | 0x20 : c
    }

    /// Whether the word `[start, end)` may split: it has an apostrophe among its last three
    /// scalars or ends like `im`, `dont`, `youre`, `ive`, `cannot`, `gonna` or `gotta`.
    /// Computed without branches: most words split at none of these, and the chain of
    /// tests that finds the split mispredicted on nearly every word.
    @inline(__always)
    private func maySplit(_ start: Int, _ end: Int) -> Bool {
        let second = s[max(start, end - 2)]
        let third = s[max(start, end - 3)]
        let ending = lower(max(start, end - 2)) << 8 | lower(end - 1)
        var hits = UInt32(ScalarClass.isApostrophe(second) ? 1 : 0) | UInt32(ScalarClass.isApostrophe(third) ? 1 : 0)
        for candidate: UInt32 in [0x696D, 0x6E74, 0x7265, 0x7665, 0x6F74, 0x6E61, 0x7461] {  // im nt re ve ot na ta
            hits |= ending == candidate ? 1 : 0
        }
        return hits != 0
    }

    /// Emits a scanned word, split into a clitic (`do` `n't`, `Maduro` `’s`) or a
    /// number and its unit (`10` `km`) where the conventions split them.
    @inline(__always)
    private mutating func emitWord(_ start: Int, _ end: Int) {
        let length = end - start
        if ScalarClass.isASCIIDigit(s[start]) {
            emitNumber(start, end)
            return
        }
        guard maySplit(start, end) else {
            emit(start, end, .word)
            return
        }
        if length == 2 && equalsLowercased(start, end, "im") {
            emit(start, start + 1, .word)
            emit(start + 1, end, .word)
            return
        }
        if length >= 3 && s[end - 1] != Self.dot {
            // n't
            if length >= 4 && lower(end - 1) == 0x74 && ScalarClass.isApostrophe(s[end - 2]) && lower(end - 3) == 0x6E {
                emit(start, end - 3, .word)
                emit(end - 3, end, .word)
                return
            }
            // 's 'm 'd
            if ScalarClass.isApostrophe(s[end - 2]) {
                let c = lower(end - 1)
                if c == 0x73 || c == 0x6D || c == 0x64 {
                    emit(start, end - 2, .word)
                    emit(end - 2, end, .word)
                    return
                }
            }
            // 're 've 'll
            if length >= 4 && ScalarClass.isApostrophe(s[end - 3]) {
                let c1 = lower(end - 2), c2 = lower(end - 1)
                if (c1 == 0x72 && c2 == 0x65) || (c1 == 0x76 && c2 == 0x65) || (c1 == 0x6C && c2 == 0x6C) {
                    emit(start, end - 3, .word)
                    emit(end - 3, end, .word)
                    return
                }
            }
            // dont, doesnt, youre…: only words of their shape are compared, without allocating.
            let last2 = (lower(end - 2), lower(end - 1))
            if length <= 8 && ((last2.0 == 0x6E && last2.1 == 0x74) || (length == 3 && last2 == (0x76, 0x65))
                || (length == 4 && last2 == (0x6F, 0x74)) || (last2.0 == 0x72 && last2.1 == 0x65))
            {
                if let key = PackedWord(s, start, end), TokenizerLexicon.apostrophelessWords.contains(key),
                    let split = TokenizerLexicon.apostropheless[key]
                {
                    emit(start, start + split, .word)
                    emit(start + split, end, .word)
                    return
                }
            }
            // cannot → can not; gonna, wanna, gotta, outta → gon na… (checked without allocating).
            if (length == 6 && equalsLowercased(start, end, "cannot"))
                || (length == 5 && (equalsLowercased(start, end, "gonna") || equalsLowercased(start, end, "wanna")
                    || equalsLowercased(start, end, "gotta") || equalsLowercased(start, end, "outta")))
            {
                emit(start, start + 3, .word)
                emit(start + 3, end, .word)
                return
            }
        }
        emit(start, end, .word)
    }

    private mutating func emitNumber(_ start: Int, _ end: Int) {
        // The numeric part: digits and the separators the scan joined between digits.
        var k = start
        while k < end {
            let c = s[k]
            if ScalarClass.isASCIIDigit(c) { k += 1; continue }
            if (c == Self.dot || c == Self.comma || c == Self.colon || c == Self.slash || c == Self.hyphen)
                && k + 1 < end && ScalarClass.isASCIIDigit(s[k + 1])
            {
                k += 1
                continue
            }
            break
        }
        if k == end { emit(start, end, .number); return }
        let suffix = PackedWord(s, k, end)
        if let suffix, TokenizerLexicon.numberSuffixes.contains(suffix) {
            emit(start, end, .number)
        } else if let suffix, ScalarClass.isLetter(s[k]) && TokenizerLexicon.numberUnits.contains(suffix) {
            emit(start, k, .number)
            emit(k, end, .word)
        } else {
            emit(start, end, ScalarClass.isLetter(s[k]) || ScalarClass.isLetter(s[end - 1]) ? .word : .number)
        }
    }

    // MARK: URLs and emails

    /// The end of a URL starting at `i` (`http://…`, `https://…`, `ftp://…`, `www.…`), with
    /// trailing sentence punctuation and unbalanced closing brackets left out.
    private func urlEnd(_ i: Int, _ b: Int) -> Int? {
        var k = i
        if hasPrefix("http://", at: i, b) { k = i + 7 }
        else if hasPrefix("https://", at: i, b) { k = i + 8 }
        else if hasPrefix("ftp://", at: i, b) { k = i + 6 }
        else if hasPrefix("www.", at: i, b) { k = i + 4 }
        else { return nil }
        guard k < b, ScalarClass.isWordScalar(s[k]) else { return nil }
        var chunkEnd = k
        while chunkEnd < b && !ScalarClass.isWhitespace(s[chunkEnd]) { chunkEnd += 1 }
        var end = chunkEnd
        var open = 0
        for m in i..<chunkEnd {
            if s[m] == 0x28 { open += 1 } else if s[m] == 0x29 { open -= 1 }
        }
        while end > k {
            let c = s[end - 1]
            if c == 0x29 && open < 0 { open += 1; end -= 1; continue }
            switch c {
            case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x22, 0x27, 0x2019, 0x201D, 0x5D, 0x3E, 0xBB:
                end -= 1
                continue
            default: break
            }
            break
        }
        return end
    }

    private func hasPrefix(_ prefix: StaticString, at i: Int, _ b: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard i + count <= b else { return false }
        return prefix.withUTF8Buffer { buffer in
            for k in 0..<count {
                var c = s[i + k]
                if c >= 0x41 && c <= 0x5A { c += 0x20 }
                if c != UInt32(buffer[k]) { return false }
            }
            return true
        }
    }

    /// The end of an email address starting at `i`, or nil.
    private func emailEnd(_ i: Int, _ b: Int) -> Int? {
        var k = i
        while k < b, isEmailLocal(s[k]) { k += 1 }
        guard k > i, k < b, s[k] == Self.at else { return nil }
        k += 1
        let domainStart = k
        var lastDot = -1
        while k < b, ScalarClass.isAlnumASCII(s[k]) || s[k] == Self.hyphen || s[k] == Self.dot {
            if s[k] == Self.dot { lastDot = k }
            k += 1
        }
        while k > domainStart, s[k - 1] == Self.dot || s[k - 1] == Self.hyphen { k -= 1 }
        guard lastDot > domainStart, lastDot < k - 1 else { return nil }
        return k
    }

    private func isEmailLocal(_ c: UInt32) -> Bool {
        ScalarClass.isAlnumASCII(c) || c == Self.dot || c == Self.underscore || c == 0x25 || c == 0x2B || c == Self.hyphen
    }

    // MARK: punctuation, symbols, emoji

    /// Scans one token that is not a word: punctuation, a symbol, an emoji, a hashtag or a
    /// mention, an emoticon, or a signed number.
    private mutating func other(_ i: Int, _ b: Int) -> Int {
        let c = s[i]
        let next: UInt32 = i + 1 < b ? s[i + 1] : 0
        switch c {
        case Self.dot:
            var k = i + 1
            while k < b && s[k] == Self.dot { k += 1 }
            if k < b && (s[k] == 0x21 || s[k] == 0x3F) {
                while k < b && (s[k] == 0x21 || s[k] == 0x3F || s[k] == Self.dot) { k += 1 }
            }
            if k == i + 1, ScalarClass.isASCIIDigit(next), i == 0 || !ScalarClass.isWordScalar(s[i - 1]) {
                // .5 — a decimal without its zero.
                let first = tokens.count
                let end = word(i + 1, b)
                if first < tokens.count { tokens[first].start = i }
                return end
            }
            emit(i, k, .punct)
            return k
        case Self.hyphen:
            if ScalarClass.isASCIIDigit(next) && (startsChunk(i) || ScalarClass.isOpening(s[i - 1])) && !isTime(i + 1, b) {
                let first = tokens.count
                let end = word(i + 1, b)
                if first < tokens.count { tokens[first].start = i }
                return end
            }
            return run(i, b)
        case 0x21, 0x3F:  // ! ? and runs such as ?!, !!!, ?.
            var k = i + 1
            while k < b && (s[k] == 0x21 || s[k] == 0x3F || s[k] == Self.dot) { k += 1 }
            emit(i, k, .punct)
            return k
        case Self.colon, Self.semicolon, 0x3D:
            if let e = emoticonEnd(i, b) { emit(i, e, .symbol); return e }
            if c == Self.colon && next == 0x3F { emit(i, i + 2, .punct); return i + 2 }
            if c == 0x3D { return run(i, b) }
        case Self.hash:
            if ScalarClass.isWordScalar(next) && !ScalarClass.isASCIIDigit(next) || (ScalarClass.isASCIIDigit(next) && hasLetterAhead(i + 1, b)) {
                let e = handleEnd(i + 1, b)
                emit(i, e, .hashtag)
                return e
            }
        case Self.at:
            if ScalarClass.isAlnumASCII(next) || next == Self.underscore {
                var e = handleEnd(i + 1, b)
                // `@example.com` is a domain, not a handle.
                var domain = false
                while e + 1 < b && s[e] == Self.dot && ScalarClass.isAlnumASCII(s[e + 1]) {
                    e = handleEnd(e + 1, b)
                    domain = true
                }
                emit(i, e, domain ? .url : .mention)
                return e
            }
        default:
            break
        }
        if ScalarClass.isEmojiStart(c) {
            var k = i + 1
            if ScalarClass.isRegionalIndicator(c) {
                if k < b && ScalarClass.isRegionalIndicator(s[k]) { k += 1 }
            } else {
                while k < b {
                    if ScalarClass.isExtender(s[k]) {
                        if s[k] == 0x200D && k + 1 < b && ScalarClass.isEmojiStart(s[k + 1]) { k += 2 } else { k += 1 }
                        continue
                    }
                    break
                }
            }
            emit(i, k, .emoji)
            return k
        }
        switch c {
        case 0x2A, 0x5F, 0x7E, 0x24, 0x3C, 0x3E, 0x2B, 0x23, 0x40: return run(i, b)
        default: break
        }
        var k = i + 1
        while k < b && ScalarClass.isExtender(s[k]) { k += 1 }
        if c == 0x2026 {
            while k < b && s[k] == 0x2026 { k += 1 }
        }
        emit(i, k, ScalarClass.isSymbol(c) ? .symbol : .punct)
        return k
    }

    /// Emits a run of one repeated symbol (`***`, `$$$`, `<<`) or of `-` and `=` mixed
    /// (`----==`) as one token.
    private mutating func run(_ i: Int, _ b: Int) -> Int {
        let c = s[i]
        var k = i + 1
        if c == Self.hyphen || c == 0x3D {
            while k < b && (s[k] == Self.hyphen || s[k] == 0x3D) { k += 1 }
        } else {
            while k < b && s[k] == c { k += 1 }
        }
        emit(i, k, ScalarClass.isSymbol(c) ? .symbol : .punct)
        return k
    }

    /// Whether the digits at `i` are a clock time (`2:30`).
    private func isTime(_ i: Int, _ b: Int) -> Bool {
        var k = i
        while k < b && ScalarClass.isASCIIDigit(s[k]) { k += 1 }
        return k + 1 < b && s[k] == Self.colon && ScalarClass.isASCIIDigit(s[k + 1])
    }

    private func hasLetterAhead(_ i: Int, _ b: Int) -> Bool {
        var k = i
        while k < b && (ScalarClass.isWordScalar(s[k]) || s[k] == Self.underscore) {
            if ScalarClass.isLetter(s[k]) { return true }
            k += 1
        }
        return false
    }

    /// The end of a hashtag or mention body: word scalars and underscores.
    private func handleEnd(_ i: Int, _ b: Int) -> Int {
        var k = i
        while k < b && (ScalarClass.isWordScalar(s[k]) || s[k] == Self.underscore) { k += 1 }
        return k
    }

    /// The end of an emoticon (`:)`, `:-(`, `;)`, `:D`, `=)`) starting at `i`, or nil.
    private func emoticonEnd(_ i: Int, _ b: Int) -> Int? {
        var k = i + 1
        if k < b && (s[k] == Self.hyphen || s[k] == 0x27) { k += 1 }
        guard k < b else { return nil }
        switch s[k] {
        case 0x29, 0x28, 0x44, 0x50, 0x70, 0x5D, 0x5B, 0x7C, 0x4F, 0x6F, 0x2A, 0x2F, 0x5C, 0x24, 0x40:
            let mouth = s[k]
            k += 1
            while k < b && s[k] == mouth && (mouth == 0x29 || mouth == 0x28) { k += 1 }
            // `:D` and friends only when nothing alphanumeric follows (not `:Dallas`).
            if k < b && ScalarClass.isWordScalar(s[k]) { return nil }
            if (mouth == 0x2F || mouth == 0x5C) && k < b && !ScalarClass.isWhitespace(s[k]) { return nil }
            return k
        default:
            return nil
        }
    }
}
