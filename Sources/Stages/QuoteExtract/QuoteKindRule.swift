/// Decides whether a quote is a full utterance, a fragment of a reporting sentence, or a title.
///
/// A quote is `direct` when it reads as an utterance of its own: it ends with the punctuation
/// that hands over to a cue (`"…," he said`, `"…?"`, `"…."`) or it opens its sentence or follows
/// a colon (`Smith said: "…"`), and it starts with a capital or a digit in the latter case. A
/// `direct` quote over several paragraphs is a `block`, and so is one re-opened after a full stop
/// inside one line (`"… four weeks. "Belfast was …"`), the form paragraph breaks lost in
/// collected news text leave behind. Anything else is a fragment: `partial`
/// when a cue attributes it, `other` (a title, a scare quote) when nothing does.
enum QuoteKindRule {
    static func kind(
        of q: QuoteCandidate, _ s: [Unicode.Scalar], attributed: Bool, paragraphStart: Int,
        previousClose: Int?
    ) -> QuoteKind {
        let first = s[q.contentStart]
        // `"We never said, 'You can own it,'" said …`: a quote inside the quote closes it; the
        // punctuation before its mark is what hands over to the cue.
        var end = q.contentEnd - 1
        while end > q.contentStart, let mark = QuoteMark(s[end]), mark.closes.0 != nil, !QuoteScalar.isLetter(s[end - 1]) {
            end -= 1
        }
        let last = s[end]
        let handsOver = last == "," || last == "?" || last == "!" || last == "." || last == "…"
            || last == ":" || last == ";" || last == "—" || last == "–" || (last == "-" && q.closeMark != nil)
        let startsUtterance = QuoteScalar.isUpper(first) || QuoteScalar.isDigit(first) || QuoteMark(first) != nil
            || !QuoteScalar.isLetter(first)
        let opensSentence = opensSentence(q, s, paragraphStart: paragraphStart, previousClose: previousClose)
        let direct = (startsUtterance && handsOver) || (opensSentence && handsOver) || q.reopenings > 0
            || (startsUtterance && opensSentence && !followedByLowercase(q, s))
        if direct { return q.spansParagraphs || q.reopenings > 0 ? .block : .direct }
        return attributed ? .partial : .other
    }

    /// Whether nothing but a colon or dash of an introduction stands between the quote and the
    /// start of its sentence or paragraph.
    private static func opensSentence(
        _ q: QuoteCandidate, _ s: [Unicode.Scalar], paragraphStart: Int, previousClose: Int?
    ) -> Bool {
        var j = q.openMark - 1
        while j >= paragraphStart, QuoteScalar.isSpace(s[j]) || s[j] == "(" { j -= 1 }
        guard j >= paragraphStart else { return true }
        if j == previousClose { return true }
        let c = s[j]
        return QuoteScalar.isSentenceFinal(c) || c == ":" || c == "—" || c == "–"
            || (QuoteMark(c) != nil && j > paragraphStart && QuoteScalar.isSentenceFinal(s[j - 1]))
    }

    /// Whether a one-word fragment is a word mentioned as a word or a name, not speech: after
    /// `such as`, `called`, `term`, `word`, `so-called`, or the subject of a clause right after
    /// a cue (`said "blog" was the word …`).
    static func mentionsWord(_ q: QuoteCandidate, _ s: [Unicode.Scalar], _ doc: AttributionFinder.Document) -> Bool {
        guard !s[q.contentStart..<q.contentEnd].contains(where: QuoteScalar.isSpace),
            !QuoteScalar.isSentenceFinal(s[q.contentEnd - 1]), s[q.contentEnd - 1] != ","
        else { return false }
        let k = doc.firstWord(atOrAfter: q.openMark) - 1
        guard k >= 0 else { return false }
        let before = doc.key(k)
        if ["called", "term", "terms", "word", "words", "so-called", "dubbed", "named", "nicknamed"].contains(before) {
            return true
        }
        guard let close = q.closeMark else { return false }
        let after = doc.firstWord(atOrAfter: close + 1)
        guard after < doc.words.count, !doc.words[after].isPunct else { return false }
        // Antonio "LA" Reid: a nickname inside a name.
        if doc.words[k].isCapitalized, !doc.words[k].isPunct, doc.words[after].isCapitalized,
            QuoteScalar.isUpper(s[q.contentStart])
        {
            return true
        }
        let next = doc.key(after)
        return ["said", "says"].contains(before) && ["was", "is", "has", "had", "headed", "topped", "came", "became"].contains(next)
    }

    /// Whether the sentence goes on in lowercase after the closing mark (`'Blog' picked as …`).
    private static func followedByLowercase(_ q: QuoteCandidate, _ s: [Unicode.Scalar]) -> Bool {
        guard var j = q.closeMark.map({ $0 + 1 }) else { return false }
        while j < s.count, s[j] == " " { j += 1 }
        return j < s.count && QuoteScalar.isLower(s[j])
    }

    /// Whether an unattributed fragment reads as a title, a name or a term rather than reported
    /// speech: it starts with a capital, follows a determiner, a possessive, `such as`, `or`, `as`,
    /// `to`, or continues a list of quoted terms (`"incumbent", "electoral" and "partisan"`).
    static func looksLikeTitle(
        _ q: QuoteCandidate, _ s: [Unicode.Scalar], _ doc: AttributionFinder.Document, afterOther: Int?
    ) -> Bool {
        if QuoteScalar.isUpper(s[q.contentStart]) { return true }
        if let end = afterOther, q.openMark - end <= 6 { return true }
        let k = doc.firstWord(atOrAfter: q.openMark) - 1
        guard k >= 0, !doc.words[k].isPunct else { return false }
        let before = doc.key(k)
        if WordKey.isPossessive(before) { return true }
        // `Last year's Janet Jackson 'wardrobe malfunction'`: a short term a name modifies inside the
        // sentence; not the name that opens it (`Richard Thomas "totally condemned" the plan`).
        if doc.words[k].isCapitalized, s[q.contentStart..<q.contentEnd].filter(QuoteScalar.isSpace).count < 3 {
            var first = k
            while first > 0, doc.words[first - 1].isCapitalized { first -= 1 }
            let opensSentence = first == 0 || doc.words[first - 1].isPunct
                || s[doc.words[first - 1].end..<doc.words[first].start].contains("\n")
            if !opensSentence { return true }
        }
        if ["such", "as", "or", "so-called"].contains(before) { return true }
        // After a determiner a one-word fragment is a scare quote (`a "brain-drain"`); several
        // lowercase words are someone's words (`the "worst thing in politics"`).
        let oneWord = !s[q.contentStart..<q.contentEnd].contains(where: QuoteScalar.isSpace)
        return oneWord && ["a", "an", "the", "to", "more", "its", "their", "his", "her", "our"].contains(before)
    }
}
