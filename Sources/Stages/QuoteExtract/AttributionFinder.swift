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
        let keys: WordKeys

        func key(_ w: Int) -> String { keys.key(w) }

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

        /// The first `n` words.
        func prefix(_ n: Int) -> Window {
            Window(indices: Array(indices.prefix(n)), keys: Array(keys.prefix(n)))
        }
    }

    func attribution(
        for q: QuoteCandidate, in doc: Document, earliest: Int, latest: Int
    ) -> Attribution? {
        let before = windowBefore(q.openMark, in: doc, earliest: earliest)
        guard let close = q.closeMark else { return parseBefore(before, doc) ?? colonSpeaker(before, doc) }
        let after = windowAfter(close + 1, in: doc, latest: latest)
        let last = doc.s[max(q.contentEnd - 1, 0)]
        let commaAfter = close + 1 < doc.s.count && doc.s[close + 1] == ","
        let leadsIntoCue = last == "," || last == "?" || last == "!" || last == "—" || last == "-"
            || last == "–" || last == "…" || commaAfter
        if leadsIntoCue {
            let following = parseAfter(after, doc)
            if let pronoun = following, let named = doubledCue(before, pronoun, doc) { return named }
            return following ?? parseBefore(before, doc) ?? colonSpeaker(before, doc)
        }
        if let found = passiveAgent(before, after, doc) { return found }
        if let found = parseBefore(before, doc) ?? colonSpeaker(before, doc) { return found }
        // `… looks "very favourable" because of …, WPP said.`: the cue that closes the sentence.
        if !QuoteScalar.isSentenceFinal(last), let found = closingCue(after, doc) { return found }
        // `"…." So says Simon Jones of retailer Game.`
        if QuoteScalar.isSentenceFinal(last), after.count > 2, after.keys[0] == "so", let length = cueLength(after, at: 1, doc),
            let m = mention(after, nounPhraseForward(after, from: 1 + length, doc), doc), m.kind == .name
        {
            return Attribution(mention: m, cue: cueText(after, at: 1, length: length, doc), cueStart: doc.words[after.indices[1]].start)
        }
        // `"…." That was the view of John Smith.`: the speaker named in the next sentence.
        if QuoteScalar.isSentenceFinal(last), after.count > 1, ["that", "this", "such"].contains(after.keys[0]),
            let found = viewOf(after, from: 1, doc)
        {
            return found
        }
        // After a full stop only `"…." he said.` (lowercase) or `"…." Smith said.` (then the sentence ends).
        if QuoteScalar.isSentenceFinal(last), let first = after.indices.first {
            if doc.words[first].isCapitalized {
                guard let found = parseAfter(after, doc), endsAfterCue(found, after, doc) else { return nil }
                return found
            }
        }
        return parseAfter(after, doc)
    }

    /// `Tom Reed said: "…," he said.`: a cue before the quote and a pronoun cue after it report the
    /// same words, so the pronoun stands for the subject named before the colon, not for someone
    /// named in an earlier sentence. The pronoun's cue is the one used, so it is not read again as
    /// a report of its own.
    private func doubledCue(_ before: Window, _ following: Attribution, _ doc: Document) -> Attribution? {
        guard case .pronoun(let gender) = following.mention.kind, gender == .male || gender == .female,
            before.keys.last == ":", let named = parseBefore(before, doc)
        else { return nil }
        switch named.mention.kind {
        case .name, .description(refersToPerson: true):
            return Attribution(mention: named.mention, cue: following.cue, cueStart: following.cueStart)
        default: return nil
        }
    }

    /// The subject of the cue verb at word `c` outside any quote (`Mr Howard said.`, `Sturrock
    /// insisted that …`): reported speech that later pronouns and unattributed quotes refer to.
    func reportingSubject(cueWord c: Int, in doc: Document, earliest: Int, latest: Int) -> Attribution? {
        var w = windowBefore(doc.words[c].start, in: doc, earliest: earliest)
        let cueIndex = w.count
        let after = windowAfter(doc.words[c].start, in: doc, latest: latest, limit: 10)
        let take = min(after.count, 10)
        w.indices += after.indices[..<take]
        w.keys += after.keys[..<take]
        guard let length = cueLength(w, at: cueIndex, doc) else { return nil }
        let cue = cueText(w, at: cueIndex, length: length, doc)
        if w.keys[cueIndex] == "according" {
            return mention(w, nounPhraseForward(w, from: cueIndex + 2, doc), doc).map {
                Attribution(mention: $0, cue: cue, cueStart: doc.words[w.indices[cueIndex]].start)
            }
        }
        if CueVerbs.isParticiple(w.keys[cueIndex]) || isPassive(w, cue: cueIndex) { return nil }
        if let phrase = subjectBefore(w, cue: cueIndex, doc) ?? clauseSubject(w, cue: cueIndex, doc),
            let m = mention(w, phrase, doc)
        {
            return Attribution(mention: m, cue: cue, cueStart: doc.words[w.indices[cueIndex]].start)
        }
        let inverted = nounPhraseForward(w, from: cueIndex + 1, doc)
        if endsInvertedSubject(w, inverted, doc), let m = mention(w, inverted, doc), m.kind == .name {
            return Attribution(mention: m, cue: cue, cueStart: doc.words[w.indices[cueIndex]].start)
        }
        return nil
    }

    /// A `he` or `she` opening the quote's sentence (`He was not "forcing" anyone`): the likely
    /// speaker of a fragment that has no cue.
    func sentenceSubject(of q: QuoteCandidate, in doc: Document, earliest: Int) -> SpeakerMention? {
        let w = windowBefore(q.openMark, in: doc, earliest: earliest)
        // `The Audit Commission found the system was "fundamentally flawed"`: a named subject.
        if w.count > 2, let m = openingSubject(w, before: w.count, doc), m.kind == .name,
            m.lastWord > m.firstWord || (m.firstWord > 0 && doc.key(m.firstWord - 1) == "the")
        {
            return m
        }
        // `Information Commissioner Richard Thomas "totally condemned" the leak`: the name is the subject.
        if w.count >= 2, (0..<w.count).allSatisfy({ isNameWord(w, $0, doc) }),
            let m = mention(w, Array(0..<w.count), doc), m.kind == .name
        {
            return m
        }
        guard let first = w.keys.first, let gender = AttributionLexicon.pronouns[first], let index = w.indices.first
        else { return nil }
        if gender == .neuter || gender == .plural {
            // `It also plans to develop a "…"`: the body named last; not the `it` of `it was "…"`.
            guard w.count > 1, !AttributionFinder.beForms.contains(w.keys[1]),
                !["has", "had", "have", "will", "would", "could", "may", "might", "can", "seems", "appears"].contains(w.keys[1])
            else { return nil }
        } else if gender != .male && gender != .female {
            return nil
        }
        let word = doc.words[index]
        return SpeakerMention(kind: .pronoun(gender), start: word.start, end: word.end, firstWord: index, lastWord: index)
    }

    /// Nouns of a claim whose holder may be named apart from the sentence's reporting subject.
    private static let claimNouns: WordSet = WordSet([
        "claim", "claims", "call", "calls", "allegation", "allegations", "accusation", "accusations", "charge",
        "charges", "suggestion", "suggestions",
    ] as [String])

    /// The named holder of a claim a fragment stands in, after the cue that attributes it (`Mr Lee
    /// has dismissed a claim by Ann Cole that he is a "…"`, `despite a call for him to "…" from Ann
    /// Cole`): the words are the claim's, not the cue's subject's.
    func claimHolder(of q: QuoteCandidate, in doc: Document, after cueStart: Int, earliest: Int, latest: Int)
        -> SpeakerMention?
    {
        // After the quote before, if any: `a claim by Ann Cole that he is "lazy" shows he is "worried"`.
        let w = windowBefore(q.openMark, in: doc, earliest: max(cueStart + 1, earliest))
        guard let noun = w.keys.lastIndex(where: { AttributionFinder.claimNouns.contains($0) }),
            !doc.words[w.indices[noun]].isCapitalized
        else { return nil }
        // `a claim by Ann Cole that …`, `calls from the Tories for …`.
        if noun + 2 < w.count, w.keys[noun + 1] == "by" || w.keys[noun + 1] == "from" {
            let phrase = nounPhraseForward(w, from: noun + 2, doc)
            if let m = mention(w, phrase, doc), m.kind == .name { return m }
        }
        // `a call for him to "…" from Ann Cole`.
        let after = windowAfter(q.closeMark.map { $0 + 1 } ?? q.contentEnd, in: doc, latest: latest, limit: 8)
        if after.count > 1, after.keys[0] == "from", let m = mention(after, nounPhraseForward(after, from: 1, doc), doc),
            m.kind == .name
        {
            return m
        }
        return nil
    }

    /// Whether a name after a cue is its inverted subject (`said Smith: "…"`, `said Smith, the
    /// minister.`), not the subject of a clause the cue reports (`claimed Redknapp had been …`).
    private func endsInvertedSubject(_ w: Window, _ phrase: [Int], _ doc: Document) -> Bool {
        guard let last = phrase.last else { return false }
        let next = last + 1
        guard next < w.count, !isPunct(w, next, doc) else { return true }
        let key = w.keys[next]
        return !(AttributionLexicon.verbModifiers.contains(key) || AttributionLexicon.clauseBoundaries.contains(key)
            || cues.contains(key))
    }

    /// `last year`, `on Sunday`: the first word of a time adverbial between a subject and its verb.
    private static let timeAdverbialHeads: WordSet = WordSet(["last", "this", "next", "on", "earlier", "later"] as [String])
    private static let timeNouns: WordSet = WordSet([
        "year", "week", "month", "night", "season", "weekend", "morning", "afternoon", "evening", "summer",
        "winter", "spring", "autumn", "time",
    ] as [String])

    /// Conjunctions that open an adverbial clause (`said that when Mr Lee had announced …`): a cue
    /// inside one reports less than the cue of the clause around it.
    private static let subordinators: WordSet = WordSet([
        "when", "after", "before", "if", "because", "since", "although", "though", "while", "until", "once",
        "whereas", "unless",
    ] as [String])

    /// Forms of `be` before a passive participle.
    private static let beForms: WordSet = WordSet(["is", "was", "were", "are", "been", "be", "being"] as [String])

    /// Whether the cue at `c` is a passive participle (`was described`, `is also said`): its
    /// subject is what is spoken of, not the speaker.
    private func isPassive(_ w: Window, cue c: Int) -> Bool {
        let key = w.keys[c]
        guard key.hasSuffix("ed") || ["said", "told", "written", "thought", "dubbed"].contains(key) else { return false }
        var j = c - 1
        while j >= 0, j >= c - 3, AttributionLexicon.verbModifiers.contains(w.keys[j]), !AttributionFinder.beForms.contains(w.keys[j]) {
            j -= 1
        }
        return j >= 0 && AttributionFinder.beForms.contains(w.keys[j])
    }

    /// `were labelled a "big misjudgement" by the Conservatives`: a passive cue just before the
    /// quote and its agent right after it.
    private func passiveAgent(_ before: Window, _ after: Window, _ doc: Document) -> Attribution? {
        guard after.count > 1, after.keys[0] == "by" else { return nil }
        // `are defined as "adults" by the government`: a term, not someone's words.
        for c in stride(from: before.count - 1, through: max(before.count - 3, 0), by: -1)
        where cueLength(before, at: c, doc) == 1 && isPassive(before, cue: c) && before.keys[c] != "defined" {
            guard let m = mention(after, nounPhraseForward(after, from: 1, doc), doc) else { return nil }
            return Attribution(mention: m, cue: before.keys[c], cueStart: doc.words[before.indices[c]].start)
        }
        return nil
    }

    /// The attribution that closes a sentence after its last comma (`…, WPP said.`, `…, said Ann
    /// Lee.`, `…, the firm said in a statement.`); nil unless the window reaches the sentence end.
    private func closingCue(_ w: Window, _ doc: Document) -> Attribution? {
        guard let lastIndex = w.indices.last, lastIndex + 1 < doc.words.count,
            doc.words[lastIndex + 1].isPunct, QuoteScalar.isSentenceFinal(doc.s[doc.words[lastIndex + 1].start]),
            let comma = w.keys.lastIndex(of: ","), comma + 2 < w.count
        else { return nil }
        // What may follow the clause: an object or a place, `in a statement`, `on Monday`.
        func tailFits(from k: Int) -> Bool {
            w.count - k <= 6 && !(k..<w.count).contains { isPunct(w, $0, doc) || cueLength(w, at: $0, doc) != nil || w.keys[$0] == "that" }
        }
        for c in (comma + 1)..<w.count {
            guard let length = cueLength(w, at: c, doc), w.keys[c] != "according" else { continue }
            if CueVerbs.isParticiple(w.keys[c]) { return nil }
            let cue = cueText(w, at: c, length: length, doc)
            let cueStart = doc.words[w.indices[c]].start
            if c == comma + 1 {
                let phrase = nounPhraseForward(w, from: c + length, doc)
                guard let last = phrase.last, tailFits(from: last + 1), let m = mention(w, phrase, doc) else { return nil }
                return Attribution(mention: m, cue: cue, cueStart: cueStart)
            }
            var end = c
            while end > comma + 1, AttributionLexicon.verbModifiers.contains(w.keys[end - 1]) { end -= 1 }
            guard end > comma + 1, tailFits(from: c + length) else { return nil }
            guard let m = mention(w, Array((comma + 1)..<end), doc) else { return nil }
            return Attribution(mention: m, cue: cue, cueStart: cueStart)
        }
        return nil
    }

    /// Reporting verbs of two words, by their first word: `pointed out`, `went on`, `hit back`.
    static let phrasalCues: WordMap<String> = [
        "pointed": "out", "points": "out", "point": "out", "went": "on", "goes": "on", "hit": "back",
        "hits": "back", "put": "it", "puts": "it", "spelled": "out", "spelt": "out", "summed": "up",
        "sums": "up", "chipped": "in", "weighed": "in", "piped": "up", "fired": "back", "shot": "back",
    ]

    /// The person the sentence right before a quote opens with, when the quote opens its own
    /// sentence (`Saxon Spence, leader of the group, lays the blame on Iraq. "…"`, `His friend,
    /// Saxon Spence, lays …`): a name or `he`/`she`, never a description.
    func previousSentenceSubject(of q: QuoteCandidate, in doc: Document, earliest: Int) -> SpeakerMention? {
        let k = doc.firstWord(atOrAfter: q.openMark) - 1
        guard k >= 0, doc.words[k].isPunct, QuoteScalar.isSentenceFinal(doc.s[doc.words[k].start]),
            doc.words[k].start >= earliest
        else { return nil }
        let w = windowBefore(doc.words[k].start, in: doc, earliest: earliest)
        guard w.count >= 3 else { return nil }
        if let m = openingSubject(w, before: w.count, doc) {
            switch m.kind {
            case .name, .pronoun(.male), .pronoun(.female): return m
            default: return nil
            }
        }
        // `His friend, Saxon Spence, …`: a possessed noun, then the name in commas.
        guard ["his", "her", "their", "the", "a"].contains(w.keys[0]),
            let comma = (1..<min(w.count, 5)).first(where: { w.keys[$0] == "," })
        else { return nil }
        var end = comma + 1
        while end < w.count, isNameWord(w, end, doc) { end += 1 }
        guard end - comma - 1 >= 2, end < w.count, w.keys[end] == "," else { return nil }
        guard let m = mention(w, Array((comma + 1)..<end), doc), m.kind == .name else { return nil }
        return m
    }

    /// Cue forms that, before an object, are not reporting verbs.
    private static let objectTakingForms: WordSet = WordSet([
        "add", "adds", "added", "adding", "claim", "claims", "claimed", "claiming", "post", "posts", "posted",
        "report", "reports", "reported", "reporting", "state", "note", "noted", "praised", "praise",
        "blamed", "attacked", "continued",
        "continue", "continues", "answer", "answered", "repeat", "repeated", "welcomed", "read", "reads",
    ] as [String])

    /// The subject at the start of the clause when the cue follows `and` or `but`
    /// (`the actress stopped to sign autographs and joked: "…"`): the noun phrase after the last
    /// comma before the cue, or at the window start.
    private func clauseSubject(_ w: Window, cue c: Int, _ doc: Document) -> [Int]? {
        guard c > 0, w.keys[c - 1] == "and" || w.keys[c - 1] == "but" else { return nil }
        var start = c - 1
        while start > 0, w.keys[start - 1] != "," { start -= 1 }
        var phrase: [Int] = []
        var j = start
        while j < c - 1, phrase.count < 6 {
            let key = w.keys[j]
            let word = doc.words[w.indices[j]]
            if word.isPunct { break }
            if AttributionLexicon.pronouns[key] != nil {
                if phrase.isEmpty { phrase.append(j) }
                break
            }
            let isDeterminer = ["the", "a", "an", "his", "her", "their", "its"].contains(key)
            let fits = (isDeterminer && phrase.isEmpty) || word.isCapitalized || key.contains("-")
                || PersonTitles.personNouns.contains(key)
            guard fits else { break }
            phrase.append(j)
            j += 1
        }
        if phrase.isEmpty || mention(w, phrase, doc) == nil, let m = openingSubject(w, before: c - 1, doc) {
            // `Redknapp, 57, quit his position on 24 November and vowed: "…"`
            return (m.firstWord...m.lastWord).compactMap { i in w.indices.firstIndex(of: i) }
        }
        return phrase.isEmpty ? nil : phrase
    }

    /// The words from the sentence start (or `earliest`) up to `offset`.
    private func windowBefore(_ offset: Int, in doc: Document, earliest: Int) -> Window {
        var w = Window()
        w.indices.reserveCapacity(40)
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

    /// The words from `offset` to the sentence end (or `latest`), at most `limit`.
    private func windowAfter(_ offset: Int, in doc: Document, latest: Int, limit: Int = 30) -> Window {
        var w = Window()
        w.indices.reserveCapacity(limit)
        var i = doc.firstWord(atOrAfter: offset)
        while i < doc.words.count, w.count < limit {
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
    private func cueLength(_ w: Window, at k: Int, _ doc: Document) -> Int? {
        guard k < w.count else { return nil }
        let key = w.keys[k]
        if key == "according" { return k + 1 < w.count && w.keys[k + 1] == "to" ? 2 : nil }
        // `pointed out`, `hit back`, `as one activist put it`: a verb and its particle.
        if k + 1 < w.count, let particle = AttributionFinder.phrasalCues[key], w.keys[k + 1] == particle,
            !doc.words[w.indices[k]].isCapitalized
        {
            return 2
        }
        guard cues.contains(key), !doc.words[w.indices[k]].isCapitalized else { return nil }  // `Ask Jeeves`
        // `has added the ability`, `claimed the title`, `to say`: no speech reported.
        if k + 1 < w.count, AttributionFinder.objectTakingForms.contains(key),
            ["the", "a", "an", "to", "its", "their", "his", "her", "two", "three", "new", "more"].contains(w.keys[k + 1])
        {
            return nil
        }
        // `to say`; `the report`, `his answer`: a noun, not a verb.
        if k > 0, ["to", "the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "whose"].contains(w.keys[k - 1]) {
            return nil
        }
        // `rejected Mr Howard's comment`: after a possessor, a noun too.
        if k > 0, WordKey.isPossessive(w.keys[k - 1]) { return nil }
        return 1
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
        if let found = viewOf(w, from: k, doc) { return found }
        // `"We are happy" - Pat Rice.`: a dash, then nothing but a name.
        if k > 0, ["-", "—", "–"].contains(w.keys[k - 1]), w.count - k <= 6,
            (k..<w.count).allSatisfy({ isNameWord(w, $0, doc) || AttributionLexicon.nameParticles.contains(w.keys[$0]) }),
            let m = mention(w, Array(k..<w.count), doc), m.kind == .name
        {
            return Attribution(mention: m, cue: w.keys[k - 1], cueStart: doc.words[w.indices[k - 1]].start)
        }
        // `"…", as one activist put it`, `as Smith told the BBC`: the clause after `as` attributes.
        if w.keys[k] == "as", k + 2 < w.count, !isPunct(w, k + 1, doc) { k += 1 }
        if let length = cueLength(w, at: k, doc) {
            // `declared himself "…", saying Mr Lee would …`: a participle has no inverted subject; the
            // name after it opens the clause it reports.
            if CueVerbs.isParticiple(w.keys[k]), w.keys[k] != "according" { return nil }
            let phrase = nounPhraseForward(w, from: k + length, doc)
            guard let mention = appositiveName(w, after: phrase, doc) ?? mention(w, phrase, doc) else { return nil }
            return Attribution(mention: mention, cue: cueText(w, at: k, length: length, doc), cueStart: doc.words[w.indices[k]].start)
        }
        if AttributionLexicon.pronouns[w.keys[k]] != nil {
            // `"…," it added.`: `it` is also a clause boundary, but here it is the subject.
            var c = k + 1
            while c < w.count, AttributionLexicon.verbModifiers.contains(w.keys[c]) { c += 1 }
            if let length = cueLength(w, at: c, doc), w.keys[c] != "according", let m = mention(w, [k], doc) {
                return Attribution(mention: m, cue: cueText(w, at: c, length: length, doc), cueStart: doc.words[w.indices[c]].start)
            }
        }
        var j = k
        var commas = 0
        while j < w.count, j < k + 20 {
            if j > k, let length = cueLength(w, at: j, doc), w.keys[j] != "according" {
                var end = j
                while end > k, AttributionLexicon.verbModifiers.contains(w.keys[end - 1]) { end -= 1 }
                let cue = cueText(w, at: j, length: length, doc)
                let cueStart = doc.words[w.indices[j]].start
                if let mention = subjectAmongAsides(w, Array(k..<end), doc) {
                    return Attribution(mention: mention, cue: cue, cueStart: cueStart)
                }
                // `"…" for broadband, said Chris Stening.`: the fragment's sentence goes on, then an inverted cue.
                guard end == j, j > k, w.keys[j - 1] == "," else { return nil }
                let phrase = nounPhraseForward(w, from: j + length, doc)
                guard let mention = appositiveName(w, after: phrase, doc) ?? mention(w, phrase, doc) else { return nil }
                return Attribution(mention: mention, cue: cue, cueStart: cueStart)
            }
            if isPunct(w, j, doc), w.keys[j] == "(" {
                // `the chair of the Internet Engineering Task Force (IETF), Brian Carpenter, says`
                var close = j + 1
                while close < w.count, close < j + 8, w.keys[close] != ")" { close += 1 }
                guard close < w.count, w.keys[close] == ")" else { return nil }
                j = close + 1
                continue
            }
            if isPunct(w, j, doc), w.keys[j] == ",", j > k, j + 1 < w.count,
                ["who", "whose", "which", "whom"].contains(w.keys[j + 1])
            {
                // `Mourinho, whose side won 2-0, said`: a relative aside up to its closing comma.
                var close = j + 1
                while close < w.count, close < j + 14, w.keys[close] != "," { close += 1 }
                guard close < w.count, w.keys[close] == "," else { return nil }
                commas += 2
                if commas > 2 { return nil }
                j = close + 1
                continue
            }
            if isPunct(w, j, doc) {
                // `Ann Lee, director of Acme - one of the firm's creditors - said.`: dashes set off asides too.
                guard [",", "-", "–", "—"].contains(w.keys[j]) else { return nil }
                commas += 1
                if commas > 3 { return nil }
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
            guard let length = cueLength(w, at: c, doc) else { c -= 1; continue }
            let cue = cueText(w, at: c, length: length, doc)
            if w.keys[c] == "according" {
                let phrase = nounPhraseForward(w, from: c + 2, doc)
                if let mention = mention(w, phrase, doc) {
                    return Attribution(mention: mention, cue: cue, cueStart: doc.words[w.indices[c]].start)
                }
                c -= 1
                continue
            }
            if CueVerbs.isParticiple(w.keys[c]), c > 1, w.keys[c - 1] == "as",
                ["quoted", "reported", "heard", "recorded", "described"].contains(w.keys[c - 2]),
                let phrase = subjectBefore(w, cue: c - 2, doc), let m = mention(w, phrase, doc)
            {
                // `Smith was quoted as saying: "…"`
                return Attribution(mention: m, cue: cue, cueStart: doc.words[w.indices[c]].start)
            }
            if CueVerbs.isParticiple(w.keys[c]), c > 0, w.keys[c - 1] == "," {
                // `he said, adding: "…"`: the subject is the earlier clause's, or the speaker before.
                if !(0..<c).contains(where: { cueLength(w, at: $0, doc) != nil }) {
                    let word = doc.words[w.indices[c]]
                    if let m = openingSubject(w, before: c, doc) {
                        return Attribution(mention: m, cue: cue, cueStart: word.start)
                    }
                    let m = SpeakerMention(
                        kind: .previousSpeaker, start: word.start, end: word.end, firstWord: w.indices[c],
                        lastWord: w.indices[c])
                    return Attribution(mention: m, cue: cue, cueStart: word.start)
                }
                c -= 1
                continue
            }
            let cueStart = doc.words[w.indices[c]].start
            if isPassive(w, cue: c) {
                // `was described by Jobs as the "…"`: the agent speaks; `Barley is described as a "…"`: not Barley.
                if c + 2 < w.count, w.keys[c + 1] == "by", let m = mention(w, nounPhraseForward(w, from: c + 2, doc), doc) {
                    return Attribution(mention: m, cue: cue, cueStart: cueStart)
                }
                c -= 1
                continue
            }
            if let phrase = subjectBefore(w, cue: c, doc) ?? clauseSubject(w, cue: c, doc),
                let mention = mention(w, phrase, doc)
            {
                // `Mr Lee told the BBC he thought it "…"`, `Ann Cole said that when Mr Lee had announced …
                // she got the "…"`: the clause's own cue is inside another one's report.
                if let first = phrase.first, first > 1, !isPunct(w, first - 1, doc) {
                    let embedded: Bool
                    if case .pronoun = mention.kind { embedded = true } else {
                        // Only when the quote is in the main clause after it: not `when people asked "…"`.
                        // The pronoun must open a later clause, not the one the inner cue reports
                        // (`although Bourne admitted he was "devastated"` is Bourne's).
                        embedded = AttributionFinder.subordinators.contains(w.keys[first - 1])
                            && ((c + 1)..<w.count).contains { k in
                                ["he", "she", "they", "we", "i"].contains(w.keys[k]) && k > c + 2 && w.keys[k - 1] != "that"
                            }
                    }
                    if embedded, let outer = parseBefore(w.prefix(first), doc), outer.cue.lowercased() != "according to" {
                        switch outer.mention.kind {
                        case .name, .description: return outer
                        default: break
                        }
                    }
                }
                return Attribution(mention: mention, cue: cue, cueStart: cueStart)
            }
            let phrase = nounPhraseForward(w, from: c + 1, doc)
            if endsInvertedSubject(w, phrase, doc), let mention = mention(w, phrase, doc), mention.kind == .name {
                return Attribution(mention: mention, cue: cue, cueStart: cueStart)
            }
            c -= 1
        }
        return nil
    }

    /// The subject noun phrase read backwards from the cue at `c`, skipping `has`, `also` and an aside
    /// between commas.
    private func subjectBefore(_ w: Window, cue c: Int, _ doc: Document) -> [Int]? {
        var j = c - 1
        while j >= 0 {
            if AttributionLexicon.verbModifiers.contains(w.keys[j]) { j -= 1; continue }
            // `McCartney last year described`, `The prime minister on Sunday said`: a time between subject and verb.
            if j >= 1, AttributionFinder.timeAdverbialHeads.contains(w.keys[j - 1]),
                AttributionFinder.timeNouns.contains(w.keys[j]) || NameResolver.timeWords.contains(w.keys[j])
            {
                j -= 2
                continue
            }
            break
        }
        // `Peter Hain (Labour) said`: a bracketed aside after the subject.
        if j >= 2, w.keys[j] == ")", let open = (max(j - 6, 0)..<j).last(where: { w.keys[$0] == "(" }), open > 0 {
            j = open - 1
        }
        // `Lord Reed - a senior judge - said`: an aside between dashes after the subject.
        if j >= 2, AttributionFinder.isDashKey(w.keys[j]),
            let open = (max(j - 10, 0)..<(j - 1)).last(where: { AttributionFinder.isDashKey(w.keys[$0]) }), open > 0,
            isNameWord(w, open - 1, doc) || closesDescription(w, at: open - 1, doc)
        {
            j = open - 1
        }
        guard j >= 0 else { return nil }
        // `the Conservatives who said`: a relative clause with no comma goes back to the noun before it.
        if w.keys[j] == "who", j >= 1, !isPunct(w, j - 1, doc),
            isNameWord(w, j - 1, doc) || NameResolver.looksPlural(w.keys[j - 1])
        {
            // The noun phrase before `who`, not the preposition governing it (`by the Conservatives who`).
            var a = j - 1
            while a > 0, j - a < 6, isNameWord(w, a - 1, doc) || AttributionLexicon.nameParticles.contains(w.keys[a - 1]) {
                a -= 1
            }
            if a > 0, ["the", "a", "an"].contains(w.keys[a - 1]) { a -= 1 }
            return Array(a..<j)
        }
        // `Sony's European boss, David Reeves, said`: the name set off by commas before the cue.
        if w.keys[j] == ",", j >= 2 {
            var a = j - 1
            while a >= 0, isNameWord(w, a, doc) { a -= 1 }
            if a >= 0, a < j - 1, w.keys[a] == ",", let m = mention(w, Array((a + 1)..<j), doc), m.kind == .name {
                return Array((a + 1)..<j)
            }
        }
        // `, who said`; not the passive `, who is accused of`.
        if w.keys[j] == "who", j >= 2, w.keys[j - 1] == ",",
            !w.keys[(j + 1)..<c].contains(where: { ["is", "was", "are", "were", "been", "be"].contains($0) })
        {
            return relativeAntecedent(w, comma: j - 1, doc)
        }
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
            if found == nil {
                m = j - 1
                while m > 0 {
                    if w.keys[m] == ",", doc.words[w.indices[m - 1]].isCapitalized { found = m; break }
                    m -= 1
                }
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
            if key == "and", !phrase.isEmpty, joinsTwoNames(w, and: j, doc),
                phrase.allSatisfy({ isNameWord(w, $0, doc) || AttributionLexicon.nameParticles.contains(w.keys[$0]) })
            {
                // `Jonathan Reed and Ann Cole said`: two people speak together.
            } else if key == "and" {
                guard let right = phrase.first else { break }
                // `… on Monday and an IAAF spokesman said`: `and` before a determiner starts the subject.
                if ["a", "an", "the"].contains(w.keys[right]) { break }
                if doc.words[w.indices[right]].isCapitalized {
                    // `of Rain Man and Tootsie`: a coordination inside a prepositional phrase goes on.
                    var k = j - 1
                    while k >= 0, doc.words[w.indices[k]].isCapitalized { k -= 1 }
                    guard k >= 0, k < j - 1, AttributionLexicon.prepositions.contains(w.keys[k]) else { break }
                }
            } else if AttributionLexicon.clauseBoundaries.contains(key)
                || (cues.contains(key) && !doc.words[w.indices[j]].isCapitalized)
            {
                break
            }
            // `The pledge came after Sir Tom Reed said`: a subordinate clause starts at its conjunction.
            if let right = phrase.first, AttributionFinder.subordinators.contains(key), isNameWord(w, right, doc) { break }
            // `Asked about the plan Mr Lee told`: a common noun before the name run ends the subject.
            if !phrase.isEmpty, !doc.words[w.indices[j]].isCapitalized, phrase.contains(where: { isNameWord(w, $0, doc) }),
                phrase.allSatisfy({ isNameWord(w, $0, doc) || PersonTitles.titles.contains(w.keys[$0]) }),
                !PersonTitles.personNouns.contains(key), !AttributionLexicon.prepositions.contains(key),
                !AttributionLexicon.nameParticles.contains(key), !["the", "a", "an", "and", "&"].contains(key),
                !WordKey.isPossessive(key)
            {
                break
            }
            phrase.insert(j, at: 0)
            j -= 1
        }
        // `Michael Lamberty, a Lufthansa spokesman told`: the name before the unclosed aside.
        if let first = phrase.first, ["a", "an"].contains(w.keys[first]), j >= 1, w.keys[j] == ",",
            isNameWord(w, j - 1, doc)
        {
            var k = j - 1
            var name: [Int] = []
            while k >= 0, isNameWord(w, k, doc), name.count < 5 { name.insert(k, at: 0); k -= 1 }
            return name
        }
        return phrase.isEmpty ? nil : phrase
    }

    /// The person a `, who said` clause is about (`…, Princess Marguerite of Romania, the eldest
    /// daughter of ex-King Michael, who said`): the nearest comma-separated part before it that is
    /// a name, else the nearest that describes a person.
    private func relativeAntecedent(_ w: Window, comma: Int, _ doc: Document) -> [Int]? {
        var parts: [[Int]] = []
        var current: [Int] = []
        var k = comma - 1
        while k >= 0, comma - k <= 24, parts.count < 3 {
            let key = w.keys[k]
            if key == "," {
                parts.append(current)
                current = []
            } else if isPunct(w, k, doc) || (AttributionLexicon.clauseBoundaries.contains(key) && key != "and") {
                break
            } else {
                current.insert(k, at: 0)
            }
            k -= 1
        }
        if !current.isEmpty { parts.append(current) }
        for part in parts {
            let m = mention(w, part, doc)
            if m?.kind == .name { return part }
            // An appositive (`the eldest daughter of …`) describes the name before it.
            if let first = part.first, ["the", "a", "an"].contains(w.keys[first]), m?.isPerson == true { continue }
            // `backed by Ann Cole`: the name that ends the part.
            var start = part.count
            while start > 0, isNameWord(w, part[start - 1], doc) { start -= 1 }
            if start < part.count, start > 0, AttributionLexicon.prepositions.contains(w.keys[part[start - 1]]) {
                return Array(part[start...])
            }
            break
        }
        if let part = parts.first, let m = mention(w, part, doc), m.isPerson { return part }
        return nil
    }

    /// The speaker of a subject with asides between commas (`Smith, the minister,`, `the new
    /// chair of the IETF, Brian Carpenter,`): the first part that is a name, else the first that
    /// makes a mention. Parenthesized words are left out.
    private func subjectAmongAsides(_ w: Window, _ phrase: [Int], _ doc: Document) -> SpeakerMention? {
        var parts: [[Int]] = [[]]
        var depth = 0
        for k in phrase {
            let key = w.keys[k]
            if key == "(" { depth += 1; continue }
            if key == ")" { depth = max(depth - 1, 0); continue }
            if depth > 0 { continue }
            if key == "," { parts.append([]); continue }
            parts[parts.count - 1].append(k)
        }
        let mentions = parts.map { mention(w, $0, doc) }
        if let named = mentions.first(where: { $0?.kind == .name }) { return named }
        return mentions.first(where: { $0 != nil }) ?? nil
    }

    /// `said EEF chief economist, Steve Radley`: a name set off by a comma after a description.
    private func appositiveName(_ w: Window, after phrase: [Int], _ doc: Document) -> SpeakerMention? {
        guard let last = phrase.last, last + 2 < w.count, w.keys[last + 1] == "," else { return nil }
        if let m = mention(w, phrase, doc), m.kind == .name { return nil }
        let name = nounPhraseForward(w, from: last + 2, doc)
        guard let m = mention(w, name, doc), m.kind == .name else { return nil }
        return m
    }

    /// Nouns of `the view of X` after a quote (`"…," is the dry assessment of Graham Lane`).
    private static let viewNouns: WordSet = WordSet([
        "view", "views", "assessment", "verdict", "opinion", "message", "warning", "words", "advice",
        "belief", "conclusion", "judgement", "judgment", "prediction", "claim", "argument", "answer",
        "response", "reaction", "diagnosis", "analysis", "take", "thinking", "reply", "retort", "comment",
        "explanation", "position", "verdict", "instruction", "plea", "promise", "vow",
    ] as [String])

    /// `Mr Reed's reply`, `Ms Cole's message` from word `k`: the possessor, as a name mention.
    private func possessorOfView(_ w: Window, at k: Int, _ doc: Document) -> SpeakerMention? {
        var j = k
        while j < w.count, j < k + 5, isNameWord(w, j, doc), !WordKey.isPossessive(w.keys[j]) { j += 1 }
        guard j < w.count - 1, j > k || isNameWord(w, j, doc), WordKey.isPossessive(w.keys[j]), isNameWord(w, j, doc),
            AttributionFinder.viewNouns.contains(w.keys[j + 1])
        else { return nil }
        guard let m = mention(w, Array(k..<j) + [j], doc) ?? nameMention(w, k, j, doc) else { return nil }
        return m.kind == .name ? m : nameMention(w, k, j, doc)
    }

    private func nameMention(_ w: Window, _ a: Int, _ b: Int, _ doc: Document) -> SpeakerMention? {
        var a = a
        while a < b, AttributionLexicon.leadingFunctionWords.contains(w.keys[a]) && !PersonTitles.titles.contains(w.keys[a]) {
            a += 1
        }
        let i = w.indices[a], j = w.indices[b]
        return SpeakerMention(kind: .name, start: doc.words[i].start, end: doc.words[j].end, firstWord: i, lastWord: j)
    }

    /// `is/was the (…) view of X` from word `k`: X speaks; also `was Mr Reed's reply`.
    private func viewOf(_ w: Window, from k: Int, _ doc: Document) -> Attribution? {
        guard k + 2 < w.count, ["is", "was", "were", "are"].contains(w.keys[k]) else { return nil }
        if let m = possessorOfView(w, at: k + 1, doc) {
            return Attribution(mention: m, cue: w.keys[k], cueStart: doc.words[w.indices[k]].start)
        }
        guard k + 3 < w.count else { return nil }
        var j = k + 1
        while j < w.count, j < k + 6, !AttributionFinder.viewNouns.contains(w.keys[j]) {
            if isPunct(w, j, doc) { return nil }
            j += 1
        }
        guard j + 2 < w.count, AttributionFinder.viewNouns.contains(w.keys[j]), w.keys[j + 1] == "of" else { return nil }
        let phrase = nounPhraseForward(w, from: j + 2, doc)
        guard let m = appositiveName(w, after: phrase, doc) ?? mention(w, phrase, doc) else { return nil }
        return Attribution(mention: m, cue: cueText(w, at: j, length: 1, doc), cueStart: doc.words[w.indices[j]].start)
    }

    private static func isDashKey(_ key: String) -> Bool { key == "-" || key == "–" || key == "—" || key == "--" }

    /// `Manchester City boss Kevin Keegan: "…"`: a name alone before the colon that opens the quote.
    private func colonSpeaker(_ w: Window, _ doc: Document) -> Attribution? {
        // `- Bolton boss Sam Allardyce "…"`: a match report's list of quotes, each led by a dash and
        // its speaker, with no colon.
        if w.count >= 3, AttributionFinder.isDashKey(w.keys[0]), w.keys[w.count - 1] != ":" {
            guard let m = labelSpeaker(w, Array(1..<w.count), doc) else { return nil }
            return Attribution(mention: m, cue: w.keys[0], cueStart: doc.words[w.indices[0]].start)
        }
        guard w.count >= 2, w.keys[w.count - 1] == ":" else { return nil }
        let colon = doc.words[w.indices[w.count - 1]]
        // `Ms Cole's message was clear: "…"`, `Mr Reed was blunter: "…"`: the sentence's subject speaks.
        if let m = possessorOfView(w, at: 0, doc) ?? openingSubject(w, before: w.count - 1, doc) {
            return Attribution(mention: m, cue: ":", cueStart: colon.start)
        }
        var first = 0
        while first < w.count - 1, isPunct(w, first, doc) { first += 1 }
        guard let m = labelSpeaker(w, Array(first..<(w.count - 1)), doc) else { return nil }
        return Attribution(mention: m, cue: ":", cueStart: colon.start)
    }

    /// The name a label of name words and roles alone gives (`Manchester City boss Kevin Keegan`).
    private func labelSpeaker(_ w: Window, _ phrase: [Int], _ doc: Document) -> SpeakerMention? {
        guard !phrase.isEmpty, phrase.count <= 8,
            phrase.allSatisfy({ k in
                !isPunct(w, k, doc)
                    && (doc.words[w.indices[k]].isCapitalized || PersonTitles.personNouns.contains(w.keys[k])
                        || AttributionLexicon.nameParticles.contains(w.keys[k]))
            }),
            let m = mention(w, phrase, doc), m.kind == .name
        else { return nil }
        return m
    }

    /// Leading words that are not the subject of a clause (`But novelist Gore Vidal defended …`).
    private static let clauseOpeners: WordSet = WordSet([
        "but", "and", "so", "yet", "however", "meanwhile", "instead", "now", "also", "then", "still",
        "indeed", "nevertheless", "separately", "earlier", "later", "today", "yesterday", "nonetheless",
        "furthermore", "moreover", "additionally", "similarly", "likewise", "elsewhere", "overall", "finally",
    ] as [String])

    /// The subject that opens the window's clause (`Tony Blair has launched an attack …, saying`,
    /// `Redknapp, 57, quit … and vowed`), after leading conjunctions and introductory phrases set
    /// off by commas (`In Sweden last Thursday, …, Stone …`); nil unless a verb-like lowercase
    /// word or an aside follows it.
    private func openingSubject(_ w: Window, before limit: Int, _ doc: Document) -> SpeakerMention? {
        var i = 0
        var guardSteps = 0
        while i < limit, guardSteps < 4 {
            guardSteps += 1
            while i < limit, AttributionFinder.clauseOpeners.contains(w.keys[i]) || isPunct(w, i, doc) && w.keys[i] != "," {
                i += 1
            }
            guard i < limit else { return nil }
            let key = w.keys[i]
            let introductory = AttributionLexicon.prepositions.contains(key) || key == "when" || key == "after"
                || key == "as" || key == "while" || key == "speaking" || key == "asked" || key == "last"
            guard introductory else { break }
            var c = i
            while c < limit, w.keys[c] != "," { c += 1 }
            guard c < limit else { return nil }
            i = c + 1
        }
        // `One fiction judge, Stewart O'Nan, carried …`: a description, then the name in commas.
        if let comma = (i..<min(i + 6, limit)).first(where: { isPunct(w, $0, doc) }), comma > i, w.keys[comma] == ",",
            (i..<comma).contains(where: { !doc.words[w.indices[$0]].isCapitalized })
        {
            var end = comma + 1
            while end < limit, isNameWord(w, end, doc) || AttributionLexicon.nameParticles.contains(w.keys[end]) { end += 1 }
            if end - comma - 1 >= 2, end < limit, w.keys[end] == ",",
                let m = mention(w, Array((comma + 1)..<end), doc), m.kind == .name
            {
                return m
            }
        }
        var phrase: [Int] = []
        var j = i
        while j < limit, phrase.count < 6 {
            let key = w.keys[j]
            let word = doc.words[w.indices[j]]
            if word.isPunct { break }
            if AttributionLexicon.pronouns[key] != nil {
                if phrase.isEmpty { phrase.append(j); j += 1 }
                break
            }
            let isDeterminer = ["the", "a", "an"].contains(key)
            // `The show's producers`: a possessive modifier, then the head.
            let possessiveModifier = phrase.count == 1 && WordKey.isPossessive(key) && j + 1 < limit
            let head = key.hasSuffix("s") ? String(key.dropLast()) : key
            // `EU trade commissioner Peter Mandelson`: a lowercase modifier of the title after it.
            let modifiesTitle = !phrase.isEmpty && j + 1 < limit && !doc.words[w.indices[j + 1]].isPunct
                && PersonTitles.titles.contains(w.keys[j + 1]) && !AttributionLexicon.leadingFunctionWords.contains(key)
                && !AttributionLexicon.leadingFunctionWords.contains(w.keys[j + 1])  // `rejected Mr Howard's view`: no modifier
                && !AttributionLexicon.clauseBoundaries.contains(key) && !cues.contains(key)
            let fits = (isDeterminer && phrase.isEmpty) || word.isCapitalized || possessiveModifier || modifiesTitle
                || PersonTitles.personNouns.contains(key) || AttributionLexicon.nameParticles.contains(key) && !phrase.isEmpty
                || (!phrase.isEmpty && PersonTitles.personNouns.contains(head))
            guard fits else { break }
            phrase.append(j)
            j += 1
        }
        // A preposition next means the subject goes on (`The Department for Education …`): not read.
        guard !phrase.isEmpty, j < limit, w.keys[j] == "," || !isPunct(w, j, doc) && !doc.words[w.indices[j]].isCapitalized,
            !AttributionLexicon.prepositions.contains(w.keys[j])
        else { return nil }
        guard let m = mention(w, phrase, doc) else { return nil }
        switch m.kind {
        case .name, .pronoun(.male), .pronoun(.female): return m
        case .description(let person):
            guard !person else { return m }
            // `The show's producers defended …, saying`: an unnamed group, as written.
            let head = w.keys[phrase[phrase.count - 1]]
            return head.hasSuffix("s") && PersonTitles.personNouns.contains(String(head.dropLast())) ? m : nil
        default: return nil
        }
    }

    /// The noun phrase after an inverted cue (`said awards pundit Tom O'Neil`), up to punctuation or a preposition.
    private func nounPhraseForward(_ w: Window, from k: Int, _ doc: Document) -> [Int] {
        var phrase: [Int] = []
        var j = k
        while j < w.count, phrase.count < 8 {
            if isPunct(w, j, doc) { break }
            let key = w.keys[j]
            if let previous = phrase.last, ["for", "at", "of", "in", "from", "by"].contains(key), j + 1 < w.count,
                doc.words[w.indices[j + 1]].isCapitalized || w.keys[j + 1] == "the",
                PersonTitles.personNouns.contains(w.keys[previous]) || PersonTitles.unnamedRoles.contains(w.keys[previous])
                    || PersonTitles.documents.contains(w.keys[previous])
            {
                // `one reviewer in Rolling Stone magazine`, `a spokesman for the club`: the body the person speaks for.
                phrase.append(j)
                j += 1
                continue
            }
            if key == "and", joinsTwoNames(w, and: j, doc) {
                phrase.append(j)
                j += 1
                continue
            }
            if ["of", "for"].contains(key), let previous = phrase.last, isNameWord(w, previous, doc),
                let role = roleAfterBodyName(w, from: j + 1, doc)
            {
                // `said Bank of England governor Mervyn King`: the body's name runs on to a role.
                phrase += Array(j..<role)
                j = role
                continue
            }
            if AttributionLexicon.prepositions.contains(key) || AttributionLexicon.clauseBoundaries.contains(key) {
                break
            }
            if AttributionLexicon.verbModifiers.contains(key) && phrase.isEmpty { j += 1; continue }
            // `one analyst quoted by AFP`: a participle after the person ends the phrase.
            if let previous = phrase.last, key.hasSuffix("ed") || key.hasSuffix("ing"), !doc.words[w.indices[j]].isCapitalized,
                PersonTitles.personNouns.contains(w.keys[previous]) || PersonTitles.unnamedRoles.contains(w.keys[previous])
            {
                break
            }
            phrase.append(j)
            if AttributionLexicon.pronouns[key] != nil { break }
            j += 1
        }
        return phrase
    }

    /// Whether nothing but punctuation follows the speaker and cue (`"…." Smith said.`). A colon
    /// after the cue (`"…." Smith said: "…"`) hands the cue on to the quote it opens.
    private func endsAfterCue(_ a: Attribution, _ w: Window, _ doc: Document) -> Bool {
        guard let lastIndex = w.indices.last else { return true }
        if w.keys.last == ":" { return false }
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
        // Capitalized runs; the speaker is the last one that heads the phrase: not after a preposition
        // (`Anne Thompson of the Hollywood Reporter`) nor a modifier of a common noun (`the
        // Conservative leader`, `Lyric chairman David Johnston`).
        if let and = phrase.firstIndex(where: { w.keys[$0] == "and" }), joinsTwoNames(w, and: phrase[and], doc),
            phrase[(and + 1)...].allSatisfy({ isNameWord(w, $0, doc) || AttributionLexicon.nameParticles.contains(w.keys[$0]) })
        {
            // `said Jonathan Reed and Ann Cole`: both speak; the mention covers the two names.
            var start = and - 1
            while start > 0, isNameWord(w, phrase[start - 1], doc) || AttributionLexicon.nameParticles.contains(w.keys[phrase[start - 1]]) {
                start -= 1
            }
            while start < and - 1, AttributionLexicon.leadingFunctionWords.contains(w.keys[phrase[start]]) { start += 1 }
            let i = w.indices[phrase[start]], j = w.indices[last]
            return SpeakerMention(kind: .name, start: doc.words[i].start, end: doc.words[j].end, firstWord: i, lastWord: j)
        }
        if let subject = personAfterIntroduction(w, phrase, doc) { return subject }
        let firstPreposition = firstPrepositionOutsideNames(w, phrase, doc)
        var chosen: (Int, Int)?
        var p = 0
        while p < firstPreposition {
            guard isNameWord(w, phrase[p], doc) else { p += 1; continue }
            var q = p
            while q + 1 < firstPreposition {
                if isNameWord(w, phrase[q + 1], doc) { q += 1; continue }
                if q + 2 < firstPreposition, AttributionLexicon.nameParticles.contains(w.keys[phrase[q + 1]]),
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
            let modifies = q + 1 < firstPreposition
                && !(q + 2 == firstPreposition && PersonTitles.outletNouns.contains(w.keys[phrase[q + 1]]))
            let possessive = WordKey.isPossessive(w.keys[phrase[q]])
            if start <= q, !modifies, !possessive { chosen = (start, q) }
            p = q + 1
        }
        if let (a, b) = chosen, a == b, phrase[a] == 0 || isPunct(w, phrase[a] - 1, doc),
            PersonTitles.personNouns.contains(w.keys[phrase[a]])
                || PersonTitles.unnamedRoles.contains(w.keys[phrase[a]]) || GroupOfPeople.isPluralPerson(w.keys[phrase[a]])
        {
            chosen = nil  // `Ministers said`, `Analysts said`: a common noun opening the sentence
        }
        if let (a, b) = chosen, a == b, a > 0, w.keys[phrase[a - 1]] == "the",
            PersonTitles.isDemonym(w.keys[phrase[a]])
        {
            // `the American`, `the Spaniard`: a description of someone named before.
            let i = w.indices[phrase[a - 1]], j = w.indices[phrase[a]]
            return SpeakerMention(
                kind: .description(refersToPerson: true), start: doc.words[i].start, end: doc.words[j].end,
                firstWord: i, lastWord: j, label: w.keys[phrase[a]])
        }
        if let (a, b) = chosen, b + 1 == firstPreposition, b + 2 < phrase.count, ["of", "for"].contains(w.keys[phrase[b + 1]]),
            PersonTitles.nonPersonWords.contains(w.keys[phrase[b]])
                || (a < b && w.keys[phrase[b + 1]] == "of" && PersonTitles.peerages.contains(w.keys[phrase[a]]))
        {
            // `University of California`, `Bank of England`: an institution's name goes on after `of`;
            // so does a peer's or royal's territorial name (`Lord Nicholls of Birkenhead`).
            var end = b + 1
            while end + 1 < phrase.count, isNameWord(w, phrase[end + 1], doc) { end += 1 }
            if end > b + 1 { chosen = (a, end) }
        }
        if let (a, b) = chosen {
            let i = w.indices[phrase[a]], j = w.indices[phrase[b]]
            return SpeakerMention(
                kind: .name, start: doc.words[i].start, end: doc.words[j].end, firstWord: i, lastWord: j)
        }
        var headIndex = phrase[max(firstPreposition - 1, 0)]
        // `A source close to the player`: the noun before an adjective that takes the preposition.
        if firstPreposition >= 2, ["close", "near", "loyal", "familiar", "linked", "opposed"].contains(w.keys[headIndex]) {
            headIndex = phrase[firstPreposition - 2]
        }
        let head = w.keys[headIndex]
        if AttributionLexicon.leadingFunctionWords.contains(head) || isPunct(w, headIndex, doc) { return nil }
        let determiner = w.keys[first]
        let definite = ["the", "this", "that", "his", "her", "its", "their"].contains(determiner)
        // `the British number one`, `the world number two`: a ranked player.
        let ranked = phrase.contains { w.keys[$0] == "number" } && phrase.last.map { !isPunct(w, $0, doc) } == true
            && ["one", "two", "three", "four", "five", "1", "2", "3"].contains(head)
        let person = definite && !PersonTitles.unnamedRoles.contains(head)
            && (PersonTitles.personNouns.contains(head) || head.hasSuffix("-old") || ranked)
        let nounPhrase = AttributionFinder.descriptionDeterminers.contains(determiner)
            || PersonTitles.personNouns.contains(head) || PersonTitles.unnamedRoles.contains(head)
            || head.hasSuffix("-old") || GroupOfPeople.isPluralPerson(head)
        guard nounPhrase else { return nil }
        let i = w.indices[first], j = w.indices[firstPreposition > 0 ? headIndex : last]
        // The label: capitalized modifiers and the head (`Saints spokesman`), after the organisation of
        // a `for`/`at`/`of` phrase (`Oxford University Press spokesman`).
        var label: [String] = []
        if firstPreposition + 1 < phrase.count, ["for", "at", "of", "in", "from", "by"].contains(w.keys[phrase[firstPreposition]]) {
            label += organisationWords(w, Array(phrase[(firstPreposition + 1)...]), doc)
            if label.isEmpty, let client = clientNoun(w, Array(phrase[firstPreposition...])) { label.append(client) }
        }
        label += organisationWords(w, phrase.filter { $0 < headIndex }, doc)
        label.append(WordKey.text(doc.s, doc.words[w.indices[headIndex]].start, doc.words[w.indices[headIndex]].end))
        return SpeakerMention(
            kind: .description(refersToPerson: person), start: doc.words[i].start, end: doc.words[j].end,
            firstWord: i, lastWord: j, label: label.joined(separator: " "))
    }

    /// `a spokesman for the author`: the one lowercase noun a role speaks for, which names the role
    /// (`author spokesman`) as a body's name does; not a body noun (`the firm`), which names a body.
    private func clientNoun(_ w: Window, _ phrase: [Int]) -> String? {
        guard phrase.count == 3, w.keys[phrase[0]] == "for", w.keys[phrase[1]] == "the" else { return nil }
        let noun = w.keys[phrase[2]]
        guard !PersonTitles.singularBodies.contains(noun), !PersonTitles.nonPersonWords.contains(noun),
            noun.unicodeScalars.allSatisfy(QuoteScalar.isLetter)
        else { return nil }
        return noun
    }

    /// Words that open a description of an unnamed speaker (`one reader`, `another fan`).
    static let descriptionDeterminers: Set<String> = Set(
        ["the", "a", "an", "this", "that", "his", "her", "its", "their", "one", "another"] as [String])

    /// `One unnamed reader - all are anonymous - wrote`: word `k` ends a lowercase description
    /// opened by a determiner at most three words before it, as a name would end a subject.
    private func closesDescription(_ w: Window, at k: Int, _ doc: Document) -> Bool {
        guard !isPunct(w, k, doc), !doc.words[w.indices[k]].isCapitalized,
            !AttributionLexicon.leadingFunctionWords.contains(w.keys[k])
        else { return false }
        var d = k - 1
        while d >= 0, k - d <= 3, !isPunct(w, d, doc) {
            if AttributionFinder.descriptionDeterminers.contains(w.keys[d]) { return true }
            d -= 1
        }
        return false
    }

    /// `For the Lib Dems David Laws said`: an introductory phrase naming a body, then the person, in
    /// one capitalized run; the person's name is the two or more words after the body's word.
    private func personAfterIntroduction(_ w: Window, _ phrase: [Int], _ doc: Document) -> SpeakerMention? {
        guard phrase.count >= 4, AttributionLexicon.prepositions.contains(w.keys[phrase[0]]) else { return nil }
        var a = 1
        if w.keys[phrase[a]] == "the" { a += 1 }
        guard a < phrase.count, phrase[a...].allSatisfy({ isNameWord(w, $0, doc) }),
            let body = (a..<phrase.count).last(where: { PersonTitles.nonPersonWords.contains(w.keys[phrase[$0]]) }),
            phrase.count - body - 1 >= 2,
            phrase[(body + 1)...].allSatisfy({ !PersonTitles.nonPersonWords.contains(w.keys[$0]) && !WordKey.isPossessive(w.keys[$0]) })
        else { return nil }
        let i = w.indices[phrase[body + 1]], j = w.indices[phrase[phrase.count - 1]]
        return SpeakerMention(kind: .name, start: doc.words[i].start, end: doc.words[j].end, firstWord: i, lastWord: j)
    }

    /// Whether the `and` at `k` joins two people's full names (`Jonathan Reed and Ann Cole`): two
    /// name words on each side, none of them a body's word.
    private func joinsTwoNames(_ w: Window, and k: Int, _ doc: Document) -> Bool {
        guard k >= 2, k + 2 < w.count else { return false }
        let sides = [k - 2, k - 1, k + 1, k + 2]
        return sides.allSatisfy { isNameWord(w, $0, doc) && !PersonTitles.nonPersonWords.contains(w.keys[$0])
            && !PersonTitles.titles.contains(w.keys[$0]) && !AttributionLexicon.leadingFunctionWords.contains(w.keys[$0]) }
            && (k + 3 >= w.count || !isNameWord(w, k + 3, doc) || !PersonTitles.nonPersonWords.contains(w.keys[k + 3]))
    }

    /// Where a role word follows the rest of a body's name that starts at `k` (`England governor`,
    /// `the Earth director`), or nil.
    private func roleAfterBodyName(_ w: Window, from k: Int, _ doc: Document) -> Int? {
        var j = k
        if j < w.count, w.keys[j] == "the" { j += 1 }
        guard j < w.count, isNameWord(w, j, doc) else { return nil }
        while j < w.count, isNameWord(w, j, doc) || AttributionFinder.nameConnectors.contains(w.keys[j]) { j += 1 }
        guard j < w.count, PersonTitles.personNouns.contains(w.keys[j]) || PersonTitles.unnamedRoles.contains(w.keys[j]) else {
            return nil
        }
        return j
    }

    /// Words that join the capitalized words of one organisation's name (`Department for Work and Pensions`).
    private static let nameConnectors: WordSet = WordSet(["for", "of", "and", "&", "on", "de"] as [String])

    /// The first preposition of a phrase that is not inside an organisation's name modifying a role
    /// (`A Department for Work and Pensions spokeswoman`), or the phrase's length.
    private func firstPrepositionOutsideNames(_ w: Window, _ phrase: [Int], _ doc: Document) -> Int {
        var p = 0
        while p < phrase.count {
            defer { p += 1 }
            guard AttributionLexicon.prepositions.contains(w.keys[phrase[p]]) else { continue }
            // `Friends of the Earth director`: `the` may open the name after the connector.
            let skip = p + 2 < phrase.count && w.keys[phrase[p + 1]] == "the" ? 2 : 1
            guard p > 0, p + skip < phrase.count, AttributionFinder.nameConnectors.contains(w.keys[phrase[p]]),
                isNameWord(w, phrase[p - 1], doc), isNameWord(w, phrase[p + skip], doc)
            else { return p }
            var q = p + skip
            while q < phrase.count, isNameWord(w, phrase[q], doc) || AttributionFinder.nameConnectors.contains(w.keys[phrase[q]]) {
                q += 1
            }
            let role = q < phrase.count && q > p + 1
                && (PersonTitles.personNouns.contains(w.keys[phrase[q]]) || PersonTitles.unnamedRoles.contains(w.keys[phrase[q]]))
            // `War on Want's John Hilary`: the connector is inside the name of a possessor.
            let possessor = (p + skip..<(q - 1)).contains { WordKey.isPossessive(w.keys[phrase[$0]]) }
            if !role, !possessor { return p }
        }
        return phrase.count
    }

    /// The organisation named by the capitalized words of a phrase, as written: connectors between
    /// capitals kept (`Department for Work and Pensions`), possessors kept (`the show's producers`),
    /// other lowercase words and leading function words left out.
    private func organisationWords(_ w: Window, _ phrase: [Int], _ doc: Document) -> [String] {
        var out: [String] = []
        for (n, k) in phrase.enumerated() {
            let word = doc.words[w.indices[k]]
            let key = w.keys[k]
            if AttributionLexicon.leadingFunctionWords.contains(key) && out.isEmpty { continue }
            if isNameWord(w, k, doc) || (!out.isEmpty && key == "&") || WordKey.isPossessive(key) {
                out.append(WordKey.text(doc.s, word.start, word.end))
            } else if !out.isEmpty, AttributionFinder.nameConnectors.contains(key), n + 1 < phrase.count,
                isNameWord(w, phrase[n + 1], doc)
            {
                out.append(WordKey.text(doc.s, word.start, word.end))
            }
        }
        return out
    }

    /// A capitalized word that can be part of a name: not a hyphenated adjective (`Ballymena-born`).
    private func isNameWord(_ w: Window, _ k: Int, _ doc: Document) -> Bool {
        let word = doc.words[w.indices[k]]
        guard word.isCapitalized else { return false }
        var i = word.end - 1
        while i > word.start, doc.s[i] != "-" { i -= 1 }
        if i > word.start, i + 1 < word.end, !QuoteScalar.isUpper(doc.s[i + 1]),
            !NameResolver.isHyphenatedGivenName(doc.s, word)
        {
            return false
        }
        return true
    }
}
