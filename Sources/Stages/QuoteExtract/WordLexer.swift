/// Cuts a text into `Word`s in one pass over its scalars.
enum WordLexer {
    /// `quoteMarks`: offsets of the apostrophes the scanner paired as quotation marks, which never
    /// end a plural possessive (`Wales' physio` is one word, `'Blues' fans` is not).
    static func words(_ s: [Unicode.Scalar], quoteMarks: Set<Int> = []) -> [Word] {
        var words: [Word] = []
        words.reserveCapacity(s.count / 5)
        // The loop reads through a buffer pointer: no bounds check on every scalar.
        s.withUnsafeBufferPointer { b in
            let n = b.count
            var i = 0
            while i < n {
                let c = b[i]
                if QuoteScalar.isSpace(c) { i += 1; continue }
                guard QuoteScalar.isWordScalar(c) else {
                    words.append(Word(start: i, end: i + 1, isPunct: true, isCapitalized: false))
                    i += 1
                    continue
                }
                let start = i
                var hasDot = false
                i += 1
                while i < n {
                    let d = b[i]
                    if QuoteScalar.isWordScalar(d) { i += 1; continue }
                    let joiner = d == "'" || d == "’" || d == "-" || d == "‐" || d == "." || d == "&"
                    if joiner, i + 1 < n, QuoteScalar.isWordScalar(b[i + 1]) {
                        if d == "." { hasDot = true }
                        i += 2
                        continue
                    }
                    break
                }
                if i < n, b[i] == ".", keepsDot(s, start: start, end: i, hasDot: hasDot) { i += 1 }
                if i + 2 < n, b[i] == "'" || b[i] == "’", b[i - 1] == "s" || b[i - 1] == "S", b[i + 1] == " ",
                    QuoteScalar.isLetter(b[i + 2]), !quoteMarks.contains(i)
                {
                    i += 1  // `Wales' team physiotherapist`: a plural possessive
                }
                words.append(Word(start: start, end: i, isPunct: false, isCapitalized: QuoteScalar.isUpper(c)))
            }
        }
        return words
    }

    /// Whether the dot after the word belongs to it: an initial (`J.`), `U.S.`, or an abbreviation.
    private static func keepsDot(_ s: [Unicode.Scalar], start: Int, end: Int, hasDot: Bool) -> Bool {
        if end - start == 1 { return QuoteScalar.isUpper(s[start]) }
        if hasDot { return true }
        guard end - start <= 5 else { return false }
        return abbreviations.contains(WordKey.make(s, start, end))
    }

    static let abbreviations: WordSet = WordSet([
        "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cpt",
        "st", "jr", "sr", "rev", "hon", "supt", "insp", "det", "cmdr", "adm", "maj", "brig", "pres",
        "inc", "corp", "ltd", "co", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "mt", "ft", "fr",
    ] as [String])
}
