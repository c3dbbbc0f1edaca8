/// Finds who a quote is attributed to in the sentence around it: a cue verb and its subject.
///
/// Reads the words after the closing mark (`"…," he said.`, `"…," said Mr Smith, the …`,
/// `"…," Smith told the BBC.`, `"…," according to Smith.`) and before the opening mark
/// (`Smith said: "…"`, `Smith, the minister, said that "…"`, `Smith accused the US of "…"`),
/// within the sentence and never across another quote.
struct AttributionFinder: Sendable {
    let cues: CueVerbs

    /// Scalars after which a window stops: sentence ends and speech marks.
    private static func isWindowStop(_ c: Unicode.Scalar) -> Bool {
        if QuoteScalar.isSentenceFinal(c) || c == ";" { return true }
        guard let mark = QuoteMark(c) else { return false }
        return mark.opens?.isDoubleLevel == true || mark.closes.0?.isDoubleLevel == true
    }

    /// The document a finder reads: its scalars and words.
    struct Document {
        let s: [Unicode.Scalar]
        let words: [Word]

        func key(_ w: Int) -> String { WordKey.make(s, words[w].start, words[w].end) }

        /// Index of the first word starting at or after `offset`.
        func firstWord(atOrAfter offset: Int) -> Int {
            var lo = 0, hi = words.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if words[mid].start < offset { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
    }

    /// A run of words with their lookup keys.
    private struct Window {
        var indices: [Int] = []
        var keys: [String] = []
        var count: Int { indices.count }
    }

    func attribution(
        for q: QuoteCandidate, in doc: Document, earliest: Int, latest: Int
    ) -> Attribution? {
        let before = windowBefore(q.openMark, in: doc, earliest: earliest)
        guard let close = q.closeMark else { return parseBefore(before, doc) }
        let after = windowAfter(close + 1, in: doc, latest: latest)
        let last = doc.s[max(q.contentEnd - 1, 0)]
        let commaAfter = close + 1 < doc.s.count && doc.s[close + 1] == ","
        let leadsIntoCue = last == "," || last == "?" || last == "!" || last == "—" || last == "-"
            || last == "–" || last == "…" || commaAfter
        if leadsIntoCue {
            return parseAfter(after, doc) ?? parseBefore(before, doc)
        }
        if let found = parseBefore(before, doc) { return found }
        // After a full stop only `"…." he said.` (lowercase) or `"…." Smith said.` (then the sentence ends).
        if QuoteScalar.isSentenceFinal(last), let first = after.indices.first {
            if doc.words[first].isCapitalized {
                guard let found = parseAfter(after, doc), endsAfterCue(found, after, doc) else { return nil }
                return found
            }
        }
        return parseAfter(after, doc)
    }

    /// The words from the sentence start (or `earliest`) up to `offset`.
    private func windowBefore(_ offset: Int, in doc: Document, earliest: Int) -> Window {
        var w = Window()
        var i = doc.firstWord(atOrAfter: offset) - 1
        while i >= 0, w.count < 40 {
            let word = doc.words[i]
            if word.start < earliest { break }
            if word.isPunct, AttributionFinder.isWindowStop(doc.s[word.start]) { break }
            w.indices.append(i)
            i -= 1
        }
        w.indices.reverse()
        w.keys = w.indices.map(doc.key)
        return w
    }

    /// The words from `offset` to the sentence end (or `latest`).
    private func windowAfter(_ offset: Int, in doc: Document, latest: Int) -> Window {
        var w = Window()
        var i = doc.firstWord(atOrAfter: offset)
        while i < doc.words.count, w.count < 30 {
            let word = doc.words[i]
            if word.end > latest { break }
            if word.isPunct, AttributionFinder.isWindowStop(doc.s[word.start]) { break }
            w.indices.append(i)
            i += 1
        }
        w.keys = w.indices.map(doc.key)
        return w
    }

    /// The length of the cue starting at `k` (2 for `according to`), or nil.
    private func cueLength(_ w: Window, at k: Int) -> Int? {
        guard k < w.count else { return nil }
        let key = w.keys[k]
        if key == "according" { return k + 1 < w.count && w.keys[k + 1] == "to" ? 2 : nil }
        return cues.contains(key) ? 1 : nil
    }

    private func cueText(_ w: Window, at k: Int, length: Int, _ doc: Document) -> String {
        let first = doc.words[w.indices[k]]
        let last = doc.words[w.indices[k + length - 1]]
        return WordKey.text(doc.s, first.start, last.end)
    }

    private func isPunct(_ w: Window, _ k: Int, _ doc: Document) -> Bool { doc.words[w.indices[k]].isPunct }

    /// `"…," he said` · `"…," said Mr Smith` · `"…," Smith, the minister, said` · `"…," according to Smith`.
    private func parseAfter(_ w: Window, _ doc: Document) -> Attribution? {
        var k = 0
        while k < w.count, isPunct(w, k, doc), w.keys[k] == "," || w.keys[k] == "-" || w.keys[k] == "—"
            || w.keys[k] == "–"
        {
            k += 1
        }
        guard k < w.count else { return nil }
        if let length = cueLength(w, at: k) {
            let phrase = nounPhraseForward(w, from: k + length, doc)
            guard let mention = mention(w, phrase, doc) else { return nil }
            return Attribution(mention: mention, cue: cueText(w, at: k, length: length, doc))
        }
        var j = k
        var commas = 0
        while j < w.count, j < k + 14 {
            if j > k, let length = cueLength(w, at: j), w.keys[j] != "according" {
                var end = j
                while end > k, AttributionLexicon.verbModifiers.contains(w.keys[end - 1]) { end -= 1 }
                var phrase = Array(k..<end)
                if let comma = phrase.firstIndex(where: { w.keys[$0] == "," }) { phrase = Array(phrase[..<comma]) }
                guard let mention = mention(w, phrase, doc) else { return nil }
                return Attribution(mention: mention, cue: cueText(w, at: j, length: length, doc))
            }
            if isPunct(w, j, doc) {
                guard w.keys[j] == "," else { return nil }
                commas += 1
                if commas > 2 { return nil }
            } else if j == k, AttributionLexicon.clauseBoundaries.contains(w.keys[j]) {
                return nil
            } else if w.keys[j] != "and", AttributionLexicon.clauseBoundaries.contains(w.keys[j]),
                !AttributionLexicon.verbModifiers.contains(w.keys[j])
            {
                return nil
            }
            j += 1
        }
        return nil
    }

    /// `Smith said: "…"` · `Smith, the minister, said that "…"` · `According to Smith, "…"` ·
    /// `said Smith: "…"` · `Smith accused the US of "…"`.
    private func parseBefore(_ w: Window, _ doc: Document) -> Attribution? {
        var c = w.count - 1
        while c >= 0 {
            guard let length = cueLength(w, at: c) else { c -= 1; continue }
            let cue = cueText(w, at: c, length: length, doc)
            if length == 2 {
                let phrase = nounPhraseForward(w, from: c + 2, doc)
                if let mention = mention(w, phrase, doc) { return Attribution(mention: mention, cue: cue) }
                c -= 1
                continue
            }
            if CueVerbs.isParticiple(w.keys[c]), c > 0, w.keys[c - 1] == "," {
                c -= 1  // `he said, adding: "…"`: the subject is the earlier clause's
                continue
            }
            if let phrase = subjectBefore(w, cue: c, doc), let mention = mention(w, phrase, doc) {
                return Attribution(mention: mention, cue: cue)
            }
            let phrase = nounPhraseForward(w, from: c + 1, doc)
            if let mention = mention(w, phrase, doc), mention.kind == .name {
                return Attribution(mention: mention, cue: cue)
            }
            c -= 1
        }
        return nil
    }

    /// The subject noun phrase read backwards from the cue at `c`, skipping `has`, `also` and an aside
    /// between commas.
    private func subjectBefore(_ w: Window, cue c: Int, _ doc: Document) -> [Int]? {
        var j = c - 1
        while j >= 0, AttributionLexicon.verbModifiers.contains(w.keys[j]) { j -= 1 }
        guard j >= 0 else { return nil }
        if w.keys[j] == "," {
            var m = j - 1
            var found: Int?
            while m >= 0 {
                if w.keys[m] == ",", m + 1 < j,
                    AttributionLexicon.asideOpeners.contains(w.keys[m + 1])
                        || w.keys[m + 1].unicodeScalars.first.map(QuoteScalar.isDigit) == true
                {
                    found = m
                    break
                }
                m -= 1
            }
            guard let aside = found else { return nil }
            j = aside - 1
        }
        var phrase: [Int] = []
        while j >= 0, phrase.count < 8 {
            if isPunct(w, j, doc) { break }
            let key = w.keys[j]
            if AttributionLexicon.pronouns[key] != nil {
                if phrase.isEmpty { phrase.append(j) }
                break
            }
            if key == "and" {
                guard let right = phrase.first, !doc.words[w.indices[right]].isCapitalized else { break }
            } else if AttributionLexicon.clauseBoundaries.contains(key) || cues.contains(key) {
                break
            }
            phrase.insert(j, at: 0)
            j -= 1
        }
        return phrase.isEmpty ? nil : phrase
    }

    /// The noun phrase after an inverted cue (`said awards pundit Tom O'Neil`), up to punctuation or a preposition.
    private func nounPhraseForward(_ w: Window, from k: Int, _ doc: Document) -> [Int] {
        var phrase: [Int] = []
        var j = k
        while j < w.count, phrase.count < 8 {
            if isPunct(w, j, doc) { break }
            let key = w.keys[j]
            if AttributionLexicon.prepositions.contains(key) || AttributionLexicon.clauseBoundaries.contains(key) {
                break
            }
            if AttributionLexicon.verbModifiers.contains(key) && phrase.isEmpty { j += 1; continue }
            phrase.append(j)
            if AttributionLexicon.pronouns[key] != nil { break }
            j += 1
        }
        return phrase
    }

    /// Whether nothing but punctuation follows the speaker and cue (`"…." Smith said.`).
    private func endsAfterCue(_ a: Attribution, _ w: Window, _ doc: Document) -> Bool {
        guard let lastIndex = w.indices.last else { return true }
        let cueEnd = max(a.mention.lastWord, w.indices.first(where: { doc.key($0) == a.cue.lowercased() }) ?? 0)
        return lastIndex <= cueEnd + 1
    }

    /// The mention a phrase makes: a pronoun, the name in it, or a description.
    private func mention(_ w: Window, _ phrase: [Int], _ doc: Document) -> SpeakerMention? {
        guard let first = phrase.first, let last = phrase.last else { return nil }
        if phrase.count == 1, let gender = AttributionLexicon.pronouns[w.keys[first]] {
            let word = doc.words[w.indices[first]]
            return SpeakerMention(
                kind: .pronoun(gender), start: word.start, end: word.end, firstWord: w.indices[first],
                lastWord: w.indices[first])
        }
        // Capitalized runs; the speaker is the last one that is not inside a prepositional phrase
        // (`Anne Thompson of the Hollywood Reporter`) nor a modifier (`Lyric chairman David Johnston`).
        var chosen: (Int, Int)?
        var p = 0
        while p < phrase.count {
            guard isNameWord(w, phrase[p], doc) else { p += 1; continue }
            var q = p
            while q + 1 < phrase.count {
                if isNameWord(w, phrase[q + 1], doc) { q += 1; continue }
                if q + 2 < phrase.count, AttributionLexicon.nameParticles.contains(w.keys[phrase[q + 1]]),
                    isNameWord(w, phrase[q + 2], doc)
                {
                    q += 2
                    continue
                }
                break
            }
            var start = p
            while start <= q, AttributionLexicon.leadingFunctionWords.contains(w.keys[phrase[start]])
                && !PersonTitles.titles.contains(w.keys[phrase[start]])
            {
                start += 1
            }
            let inPhrase = start > 0 && isPrepositional(w, phrase, before: start)
            let possessive = w.keys[phrase[q]].hasSuffix("'s")
            if start <= q, !inPhrase, !possessive { chosen = (start, q) }
            p = q + 1
        }
        if let (a, b) = chosen {
            let i = w.indices[phrase[a]], j = w.indices[phrase[b]]
            return SpeakerMention(
                kind: .name, start: doc.words[i].start, end: doc.words[j].end, firstWord: i, lastWord: j)
        }
        let head = w.keys[last]
        let determiner = w.keys[first]
        let definite = ["the", "this", "that", "his", "her", "its", "their"].contains(determiner)
        let person = definite && (PersonTitles.personNouns.contains(head) || head.hasSuffix("-old"))
        let i = w.indices[first], j = w.indices[last]
        return SpeakerMention(
            kind: .description(refersToPerson: person), start: doc.words[i].start, end: doc.words[j].end,
            firstWord: i, lastWord: j)
    }

    private func isPrepositional(_ w: Window, _ phrase: [Int], before start: Int) -> Bool {
        let previous = w.keys[phrase[start - 1]]
        if AttributionLexicon.prepositions.contains(previous) { return true }
        if ["the", "a", "an"].contains(previous), start >= 2 {
            return AttributionLexicon.prepositions.contains(w.keys[phrase[start - 2]])
        }
        return false
    }

    /// A capitalized word that can be part of a name: not a hyphenated adjective (`Ballymena-born`).
    private func isNameWord(_ w: Window, _ k: Int, _ doc: Document) -> Bool {
        let word = doc.words[w.indices[k]]
        guard word.isCapitalized else { return false }
        var i = word.end - 1
        while i > word.start, doc.s[i] != "-" { i -= 1 }
        if i > word.start, i + 1 < word.end, !QuoteScalar.isUpper(doc.s[i + 1]) { return false }
        return true
    }
}
