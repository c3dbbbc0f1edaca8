import Foundation
import PipelineCore

/// Finds the quotes of a text, their kind, and who said them.
///
/// One pass pairs the quotation marks (`QuoteMarkScanner`); for each quote the sentence around it
/// is read for a cue verb and its subject (`AttributionFinder`), and the subject is resolved to a
/// name (`NameResolver`): titles stripped, short mentions expanded to the full name, pronouns and
/// descriptions (`the actor`) resolved to the nearest compatible person named before. A quote with
/// no cue that continues a speaker's paragraph is given to that speaker. No model is loaded.
public struct QuoteExtract: Stage {
    public typealias Options = QuoteExtractOptions
    public typealias Output = Quotes

    public static let name = "quote-extract"
    public static let summary = "Quotes in any quotation style, with kind, cue and resolved speaker"
    public static let inputs: [InputPort] = [.required("tokens", TokenizedText.self)]

    private let options: QuoteExtractOptions
    private let finder: AttributionFinder
    private let scanner = QuoteMarkScanner()

    public init(options: QuoteExtractOptions, context: StageContext) throws {
        for verb in options.cueVerbs {
            let trimmed = verb.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { throw OptionError(key: "cue_verbs", "an empty cue verb") }
            if trimmed.unicodeScalars.contains(where: QuoteScalar.isSpace) {
                throw OptionError(
                    key: "cue_verbs", "'\(verb)' is more than one word",
                    hint: "give single verbs, such as 'quipped'")
            }
        }
        self.options = options
        self.finder = AttributionFinder(cues: CueVerbs(extra: options.cueVerbs))
    }

    public func process(_ input: StageInput) throws -> Quotes {
        let tokens = try input.required("tokens", as: TokenizedText.self)
        return Quotes(quotes: extract(from: tokens))
    }

    func extract(from tokens: TokenizedText) -> [Quote] {
        let s = ScalarArray.of(tokens.text)
        let paragraphs = QuoteMarkScanner.paragraphSpans(tokens.paragraphs, count: s.count)
        let candidates = scanner.scan(s, paragraphs: paragraphs)
        guard !candidates.isEmpty else { return [] }
        var marks = Set<Int>()
        for q in candidates {
            marks.insert(q.openMark)
            if let close = q.closeMark { marks.insert(close) }
        }
        let words = WordLexer.words(s, quoteMarks: marks)
        let doc = AttributionFinder.Document(s: s, words: words, keys: WordKeys(s, words, cues: finder.cues))
        var resolver = NameResolver(s, words: words, keys: doc.keys, quotes: candidates)
        let sentences = SentenceIndex(sentences: tokens.sentences, paragraphs: paragraphs)
        let reports = reportingCues(s, words, doc.keys, outside: candidates)
        var speakers: [NameResolver.Speaker] = []
        var quotes: [Quote] = []
        var headlineQuotes: [Int] = []
        var nextReport = 0
        var attributedCues = Set<Int>()
        let hasHeadline = QuoteExtract.startsWithHeadline(s, paragraphs)

        func paragraph(of offset: Int) -> Int {
            var lo = 0, hi = paragraphs.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if paragraphs[mid].end <= offset { lo = mid + 1 } else { hi = mid }
            }
            return min(lo, paragraphs.count - 1)
        }
        /// Resolves the subjects of reporting verbs before `offset`, between quotes `index - 1` and `index`.
        func readReports(before offset: Int, index: Int) {
            while nextReport < reports.count, words[reports[nextReport]].start < offset {
                let c = reports[nextReport]
                nextReport += 1
                if attributedCues.contains(words[c].start) { continue }
                let key = words[c].end - words[c].start <= 3 ? WordKey.make(s, words[c].start, words[c].end) : ""
                if key == "he" || key == "she" {
                    // A sentence-opening `He`/`She`: resolved now, it stands for that person from here on.
                    let gender: PronounGender = key == "she" ? .female : .male
                    let limit = sentences.start(of: words[c].start)
                    if let found = resolver.antecedent(
                        before: limit, gender: gender, speakers: speakers, sentence: sentences.index(of:))
                    {
                        insert(
                            NameResolver.Speaker(
                                name: found.name, position: words[c].start, end: words[c].end, gender: gender,
                                isNamed: found.isNamed, isPerson: found.isPerson))
                    }
                    continue
                }
                let p = paragraph(of: words[c].start)
                var earliest = paragraphs[p].start
                var latest = paragraphs[p].end
                if index > 0 { earliest = max(earliest, candidates[index - 1].end + 1) }
                if index < candidates.count { latest = min(latest, candidates[index].openMark) }
                guard let a = finder.reportingSubject(cueWord: c, in: doc, earliest: earliest, latest: latest),
                    let name = resolve(a.mention, quoteStart: words[c].start, s, words, &resolver, speakers, sentences)
                else { continue }
                insert(
                    NameResolver.Speaker(
                        name: name, position: a.mention.start, end: a.mention.end, gender: resolver.gender(of: name),
                        isNamed: a.mention.isNamed, isPerson: a.mention.isPerson))
            }
        }
        /// How far back the sentence before a quote with no cue may be: its paragraph, or, when the
        /// quote opens its paragraph, the paragraph before (`Williams left out Bulloch. ¶ "Gordon has
        /// been a great servant …"`), never past the previous quote.
        func reach(back q: QuoteCandidate, index: Int, _ earliest: Int) -> Int {
            let p = q.firstParagraph
            guard p > 0 else { return earliest }
            var j = q.openMark - 1
            while j >= paragraphs[p].start, QuoteScalar.isSpace(s[j]) { j -= 1 }
            guard j < paragraphs[p].start else { return earliest }
            return max(paragraphs[p - 1].start, index > 0 ? candidates[index - 1].end + 1 : 0)
        }
        /// Whether a reporting word other than the quote's own words stands in the quote's sentence
        /// (`the BCC found the economy faced "major risks" and warned …`).
        func sentenceReports(_ q: QuoteCandidate) -> Bool {
            let first = sentences.index(of: q.openMark)
            let last = sentences.index(of: q.closeMark ?? q.contentEnd)
            var lo = 0, hi = reports.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if sentences.index(of: words[reports[mid]].start) < first { lo = mid + 1 } else { hi = mid }
            }
            // `He`/`She` opening a sentence are in `reports` too, but name nobody's words.
            while lo < reports.count, sentences.index(of: words[reports[lo]].start) <= last {
                if words[reports[lo]].end - words[reports[lo]].start > 3 { return true }
                lo += 1
            }
            return false
        }
        /// Keeps `speakers` in text order: a mention after its quote (`"…," he said`) may follow a later one.
        func insert(_ speaker: NameResolver.Speaker) {
            var k = speakers.count
            while k > 0, speakers[k - 1].position > speaker.position { k -= 1 }
            speakers.insert(speaker, at: k)
        }

        for (index, q) in candidates.enumerated() {
            readReports(before: q.openMark, index: index)
            let paragraphStart = paragraphs[q.firstParagraph].start
            let earliest = max(paragraphStart, index > 0 ? candidates[index - 1].end + 1 : 0)
            var latest = paragraphs[q.lastParagraph].end
            if index + 1 < candidates.count { latest = min(latest, candidates[index + 1].openMark) }

            let attribution = finder.attribution(for: q, in: doc, earliest: earliest, latest: latest)
            if let a = attribution { attributedCues.insert(a.cueStart) }
            var mention = attribution?.mention
            var kind = QuoteKindRule.kind(
                of: q, s, attributed: attribution != nil, paragraphStart: paragraphStart,
                previousClose: index > 0 ? candidates[index - 1].closeMark : nil)
            let isHeadline = q.firstParagraph == 0 && hasHeadline
            if kind == .partial, QuoteKindRule.mentionsWord(q, s, doc) { kind = .other }
            if kind == .other { mention = nil }
            // The cue's subject stays the one reporting: a later quote with no cue goes on with them.
            var reporter: SpeakerMention?
            if kind == .partial, let a = attribution, a.cueStart < q.openMark,
                let holder = finder.claimHolder(of: q, in: doc, after: a.cueStart, earliest: earliest, latest: latest)
            {
                reporter = a.mention
                mention = holder
            }
            let previousKind = quotes.last?.kind
            if mention == nil, kind == .other, !QuoteKindRule.mentionsWord(q, s, doc) {
                let oneWord = !s[q.contentStart..<q.contentEnd].contains(where: QuoteScalar.isSpace)
                if isHeadline {
                    if !headlineScareQuote(q, s, doc, headline: paragraphs[0], oneWord: oneWord) { kind = .partial }
                } else if !QuoteKindRule.looksLikeTitle(
                    q, s, doc, afterOther: previousKind == .other ? candidates[index - 1].end : nil)
                {
                    // A fragment of reported speech: the subject of its sentence, or the speaker reported last.
                    mention = finder.sentenceSubject(of: q, in: doc, earliest: earliest)
                    kind = .partial
                }
            }
            var quote = Quote(
                text: WordKey.text(s, q.contentStart, q.contentEnd), start: q.contentStart, end: q.contentEnd,
                kind: kind, cue: attribution?.cue)

            if let m = mention {
                quote.speakerStart = m.start
                quote.speakerEnd = m.end
                quote.speaker = resolve(m, quoteStart: q.openMark, s, words, &resolver, speakers, sentences)
            } else if kind != .other {
                if isHeadline {
                    headlineQuotes.append(quotes.count)
                } else if kind == .direct || kind == .block,
                    let m = finder.previousSentenceSubject(of: q, in: doc, earliest: reach(back: q, index: index, earliest)),
                    let name = resolve(m, quoteStart: q.openMark, s, words, &resolver, speakers, sentences),
                    !resolver.isBody(name), name.contains(" ") || m.kind != .name
                {
                    // A lone capitalized word (`Nonetheless, …`, `Augmented reality …`) is no person's name.
                    // `His friend, Saxon Spence, lays the blame on Iraq. "You cannot …"`: the person the
                    // sentence before is about says it.
                    quote.speaker = name
                    quote.speakerStart = m.start
                    quote.speakerEnd = m.end
                } else if let last = speakers.last(where: { $0.position < q.openMark }) {
                    let lastParagraph = paragraph(of: last.position)
                    if kind == .partial, lastParagraph + 1 < q.firstParagraph
                        || (lastParagraph < q.firstParagraph && !sentenceReports(q))
                    {
                        // A fragment no cue attributes, with nobody reported in its paragraph or the one
                        // before (`twiddling their thumbs on the "new deal"`), or only before its
                        // paragraph and no reporting word in its sentence (`¶ Kirin is launching its
                        // own "third-type" drink.`): a scare quote.
                        quote.kind = .other
                    } else {
                        // No cue: the quote goes on with the speaker reported last.
                        quote.speaker = last.name
                        quote.speakerStart = last.position
                        quote.speakerEnd = last.end
                    }
                } else if kind == .partial, !sentenceReports(q) {
                    // A fragment with no cue and nobody reported before it (`The "digital divide"
                    // between rich and poor nations is narrowing`): nobody's words, a scare quote.
                    quote.kind = .other
                }
            }
            if let r = reporter, let name = resolve(r, quoteStart: q.openMark, s, words, &resolver, speakers, sentences) {
                insert(
                    NameResolver.Speaker(
                        name: name, position: r.start, end: r.end, gender: resolver.gender(of: name),
                        isNamed: r.isNamed, isPerson: r.isPerson))
            } else if let name = quote.speaker, let start = quote.speakerStart, let end = quote.speakerEnd {
                insert(
                    NameResolver.Speaker(
                        name: name, position: start, end: end, gender: resolver.gender(of: name),
                        isNamed: mention?.isNamed ?? true, isPerson: mention?.isPerson ?? true))
            }
            quotes.append(quote)
        }
        readReports(before: s.count, index: candidates.count)
        // A headline quote is the claim of the body quote that repeats its words, else of the
        // article's first speaker.
        var unmatched: [Int] = []
        for k in headlineQuotes {
            let words = quotes[k].text.lowercased()
            if let source = quotes.first(where: { body in
                body.start > quotes[k].end && body.speaker != nil && body.text.lowercased().contains(words)
            }) {
                quotes[k].speaker = source.speaker
                quotes[k].speakerStart = source.speakerStart
                quotes[k].speakerEnd = source.speakerEnd
            } else {
                unmatched.append(k)
            }
        }
        if let bodyStart = paragraphs.first?.end,
            let first = speakers.first(where: { $0.position >= bodyStart && $0.isNamed })
        {
            for k in unmatched {
                quotes[k].speaker = first.name
                quotes[k].speakerStart = first.position
                quotes[k].speakerEnd = first.end
            }
        }
        return options.includeOther ? quotes : quotes.filter { $0.kind != .other }
    }

    /// Whether the first paragraph is a headline: more paragraphs follow, and it is one short line
    /// that does not end like a sentence (`EU rules 'won't stop UK spending'`).
    static func startsWithHeadline(_ s: [Unicode.Scalar], _ paragraphs: [Span]) -> Bool {
        guard paragraphs.count > 1, let first = paragraphs.first, first.length > 0, first.length < 200 else {
            return false
        }
        var j = first.end - 1
        while j > first.start, QuoteScalar.isSpace(s[j]) || QuoteMark(s[j]) != nil { j -= 1 }
        if QuoteScalar.isSentenceFinal(s[j]) { return false }
        return !s[first.start..<first.end].contains("\n")
    }

    /// Whether a headline quote is a scare quote or a name rather than someone's words: after a
    /// determiner (`The 'ticking budget' facing the US`), capitalized after the headline's first
    /// word (`Apple unveils low-cost 'Mac mini'`) or one word alone (`'Blog'`), or a single word
    /// before the noun it modifies (`Game firm holds 'cast' auditions`).
    private func headlineScareQuote(
        _ q: QuoteCandidate, _ s: [Unicode.Scalar], _ doc: AttributionFinder.Document, headline: Span, oneWord: Bool
    ) -> Bool {
        if followsDeterminer(q, doc) { return true }
        let first = doc.firstWord(atOrAfter: headline.start)
        let quoteWord = doc.firstWord(atOrAfter: q.openMark)
        if QuoteScalar.isUpper(s[q.contentStart]) {
            return oneWord || quoteWord > first && doc.key(quoteWord - 1) != ":"
        }
        // One word is a claim (`Economy 'strong' in election year`, `Blair 'damaged' by row`, `Recovery
        // 'slowing'`) unless it modifies the noun after it (`Game firm holds 'cast' auditions`).
        guard oneWord, let close = q.closeMark else { return false }
        let next = doc.firstWord(atOrAfter: close + 1)
        guard next < doc.words.count, doc.words[next].end <= headline.end, !doc.words[next].isPunct,
            !doc.words[next].isCapitalized, QuoteScalar.isLetter(s[doc.words[next].start])
        else { return false }
        // `Drive to 'save' festive holidays`: a verb after `to` reports the claim.
        if quoteWord > first, doc.key(quoteWord - 1) == "to" { return false }
        let key = doc.key(next)
        return !AttributionLexicon.prepositions.contains(key) && !AttributionLexicon.verbModifiers.contains(key)
            && !AttributionLexicon.clauseBoundaries.contains(key) && !finder.cues.contains(key)
            && !["as", "and", "or", "over", "after", "amid", "despite", "says", "warns", "claims"].contains(key)
    }

    /// Whether a determiner stands right before the quote (`The 'ticking budget' facing the US`).
    private func followsDeterminer(_ q: QuoteCandidate, _ doc: AttributionFinder.Document) -> Bool {
        let k = doc.firstWord(atOrAfter: q.openMark) - 1
        guard k >= 0 else { return false }
        return ["the", "a", "an", "this", "its", "their"].contains(doc.key(k))
    }

    /// The cue verbs that stand outside every quote, as word indices in text order.
    /// Also the `He` or `She` that opens a sentence, whose resolution later pronouns can build on
    /// (`He reached that milestone when he overtook David Lloyd George. …he once said`).
    private func reportingCues(_ s: [Unicode.Scalar], _ words: [Word], _ keys: WordKeys, outside quotes: [QuoteCandidate]) -> [Int] {
        var found: [Int] = []
        var q = 0
        for (k, word) in words.enumerated() where !word.isPunct {
            while q < quotes.count, quotes[q].end <= word.start { q += 1 }
            if q < quotes.count, quotes[q].openMark <= word.start { continue }
            if word.isCapitalized {
                // `According to Mandaric, Redknapp vowed …`: the frame of the whole sentence.
                if isSentencePronoun(s, words, keys, k) || isAccording(s, word, keys.key(k)) { found.append(k) }
            } else if keys.has(k, .cue) || isSentencePronoun(s, words, keys, k) {
                found.append(k)
            }
        }
        return found
    }

    /// Whether the word is `According` (of `According to …`).
    private func isAccording(_ s: [Unicode.Scalar], _ word: Word, _ key: String) -> Bool {
        word.end - word.start == 9 && s[word.start] == "A" && key == "according"
    }

    /// Whether word `k` is `He` or `She` opening a sentence, or `he`/`she` right after an opening
    /// conjunction (`So he is full of admiration …`).
    private func isSentencePronoun(_ s: [Unicode.Scalar], _ words: [Word], _ keys: WordKeys, _ k: Int) -> Bool {
        let w = words[k]
        guard w.end - w.start <= 3, "HhSs".unicodeScalars.contains(s[w.start]) else { return false }
        let key = keys.key(k)
        guard key == "he" || key == "she" else { return false }
        guard k > 0 else { return true }
        if !w.isCapitalized {
            let opener = words[k - 1]
            guard !opener.isPunct, opener.isCapitalized, opener.end - opener.start <= 7,
                QuoteExtract.sentenceOpeners.contains(keys.key(k - 1))
            else { return false }
            return isSentenceStart(s, words, k - 1)
        }
        return isSentenceStart(s, words, k)
    }

    /// Conjunctions and adverbs that may open a sentence before its pronoun subject.
    private static let sentenceOpeners: WordSet = WordSet([
        "so", "but", "and", "yet", "now", "then", "however", "instead", "still", "later",
    ] as [String])

    /// Whether word `k` opens a sentence: after a sentence end or a line break.
    private func isSentenceStart(_ s: [Unicode.Scalar], _ words: [Word], _ k: Int) -> Bool {
        let w = words[k]
        guard k > 0 else { return true }
        let previous = words[k - 1]
        return previous.isPunct && QuoteScalar.isSentenceFinal(s[previous.start])
            || s[previous.end..<w.start].contains("\n")
    }

    /// The name a mention stands for, or nil for a generic subject (`a spokesman`, `they`).
    private func resolve(
        _ m: SpeakerMention, quoteStart: Int, _ s: [Unicode.Scalar], _ words: [Word],
        _ resolver: inout NameResolver, _ speakers: [NameResolver.Speaker], _ sentences: SentenceIndex
    ) -> String? {
        let before = min(sentences.start(of: m.start), quoteStart)
        let sentence = sentences.index(of:)
        switch m.kind {
        case .name:
            let (parts, gender) = NameResolver.nameParts(s, words: words, keys: resolver.keys, first: m.firstWord, last: m.lastWord)
            guard !parts.isEmpty else {
                if let holder = holderOfOffice(m, s, words, resolver) { return holder }
                return resolver.antecedent(before: before, gender: gender, speakers: speakers, sentence: sentence)?.name
            }
            // Titles are stripped, peerages too: `Baroness Boothroyd` is Betty Boothroyd, `Lord Falconer` Falconer.
            let name = resolver.fullName(parts, at: m.start)
            if let g = gender { resolver.learn(g, for: name) }
            // `DrKW said`: a name the text shortens to its initials is a body's.
            if parts.count == 1, name != parts[0], parts[0].unicodeScalars.filter(QuoteScalar.isUpper).count >= 2 {
                resolver.markBody(name)
            }
            return name
        case .pronoun(let gender) where gender == .neuter || gender == .plural:
            // `it said`: the organisation named last; `they say`: the plural body named last.
            let pronounStart = min(m.start, quoteStart)
            // A body reported in this sentence or the one before goes on speaking (`DrKW said … "…," it added`).
            let recent = sentences.start(of: pronounStart, sentencesBack: 1)
            if let s = speakers.last(where: { $0.position < pronounStart }), s.position >= recent, s.isNamed,
                gender == .neuter ? resolver.isBody(s.name) : false
            {
                return s.name
            }
            return resolver.group(before: pronounStart, plural: gender == .plural, speakers: speakers)?.name
        case .pronoun(let gender):
            guard gender == .male || gender == .female else { return nil }
            // `Mr Blair praised his chancellor, which he said was the "…"`: a pronoun inside the
            // sentence, before the quote, stands for the person it opens with, not for someone named
            // before it. Not after a comma or the quote: `Mr Lee had been "hurt", he added` and `Mr Lee
            // has failed, he claimed,` open with the words reported, not with the one reporting them.
            let sentenceStart = sentences.start(of: m.start)
            if m.start > sentenceStart, m.end <= quoteStart, m.firstWord > 0, !words[m.firstWord - 1].isPunct,
                let p = resolver.openingPerson(sentenceStart: sentenceStart, before: m.start, gender: gender, words: words)
            {
                let name = resolver.fullName(of: p)
                resolver.learn(gender, for: name)
                return name
            }
            guard
                let found = resolver.antecedent(
                    before: before, gender: gender, speakers: speakers, sentence: sentence,
                    clause: m.end..<max(m.end, quoteStart))
            else { return nil }
            resolver.learn(gender, for: found.name)
            return found.name
        case .previousSpeaker:
            // `Clarke denied the plans were "a U-turn", adding: "…"`: the speaker of this sentence so far.
            return speakers.last(where: { $0.position < m.start })?.name
        case .description(let refersToPerson):
            guard refersToPerson else {
                // `the two firms said`: the pair of companies named last.
                let plural = WordKey.make(s, words[m.lastWord].start, words[m.lastWord].end)
                if m.lastWord == m.firstWord + 1, WordKey.make(s, words[m.firstWord].start, words[m.firstWord].end) == "the",
                    GroupOfPeople.isPluralPerson(plural),
                    let group = GroupOfPeople.antecedent(of: plural, before: words[m.firstWord].start, s, words)
                {
                    return group
                }
                // `the magazine reported`, `said the artists`, `said the report`: the name the text
                // introduced with that noun (`US magazine Rolling Stone`, `a World Bank report`).
                if m.lastWord == m.firstWord + 1, WordKey.make(s, words[m.firstWord].start, words[m.firstWord].end) == "the",
                    IntroducedName.refersBack(plural),
                    let name = IntroducedName.antecedent(of: plural, before: words[m.firstWord].start, s, words)
                {
                    return resolver.fullName(name.split(separator: " ").map(String.init), at: m.start)
                }
                if PersonTitles.pluralBodies.contains(plural), m.firstWord < m.lastWord,
                    ["the", "both"].contains(WordKey.make(s, words[m.firstWord].start, words[m.firstWord].end)),
                    let pair = resolver.coordination(before: m.start)
                {
                    return pair
                }
                // `the firm said`, `the party says`: the body named last, as `it` would be.
                if PersonTitles.singularBodies.contains(plural) || PersonTitles.outletNouns.contains(plural),
                    m.lastWord > m.firstWord, m.lastWord <= m.firstWord + 3,
                    WordKey.make(s, words[m.firstWord].start, words[m.firstWord].end) == "the",
                    let body = resolver.group(before: m.start, plural: false, speakers: speakers, introduced: true)
                {
                    return body.name
                }
                // `a CAS statement`, `a statement from Newtown United`: the body it names issued it.
                let head = WordKey.make(s, words[m.lastWord].start, words[m.lastWord].end)
                if PersonTitles.documents.contains(head), let label = m.label {
                    let owner = label.split(separator: " ").dropLast().map(String.init)
                    if !owner.isEmpty, owner.allSatisfy({ $0.unicodeScalars.first.map(QuoteScalar.isUpper) ?? false || ["of", "for", "and", "&"].contains($0) }) {
                        return resolver.fullName(owner, at: m.start)
                    }
                }
                // `According to the report`: the organisation named last as a speaker wrote it.
                if PersonTitles.documents.contains(head),
                    let author = speakers.last(where: { $0.isNamed && resolver.isBody($0.name) && $0.position < m.start })
                {
                    return author.name
                }
                return m.label
            }
            let head = WordKey.make(s, words[m.lastWord].start, words[m.lastWord].end)
            if let holder = holderOfOffice(m, s, words, resolver, sentences) { return holder }
            var office: String?
            if m.lastWord > m.firstWord {
                let two = WordKey.make(s, words[m.lastWord - 1].start, words[m.lastWord - 1].end) + " " + head
                if PersonTitles.uniqueOffices.contains(two) { office = two }
            }
            // Only offices of state: a `coach` may have been introduced as `manager`.
            if office == nil, PersonTitles.uniqueOffices.contains(head) { office = head }
            if let found = resolver.antecedent(
                before: before, gender: PersonTitles.genderOfTitle[head], speakers: speakers, sentence: sentence,
                office: office, clause: m.end..<max(m.end, quoteStart))
            {
                return found.name
            }
            // `the prime minister said` with nobody named before: the role, as the report gives it.
            return words[m.lastWord].isCapitalized ? nil : m.label
        }
    }

    /// The person an office names (`the prime minister`, `the Chancellor`), by its last two words, then
    /// its last; or the person introduced with a role in the last few sentences (`engineer Tom Reed` …
    /// `the engineer`, `Reed's son Ian` … `his son`).
    private func holderOfOffice(
        _ m: SpeakerMention, _ s: [Unicode.Scalar], _ words: [Word], _ resolver: NameResolver,
        _ sentences: SentenceIndex? = nil
    ) -> String? {
        let head = WordKey.make(s, words[m.lastWord].start, words[m.lastWord].end)
        let since = sentences?.start(of: m.start, sentencesBack: 3) ?? Int.max
        if m.lastWord > m.firstWord {
            let before = WordKey.make(s, words[m.lastWord - 1].start, words[m.lastWord - 1].end)
            if let holder = resolver.holder(ofRole: before + " " + head, before: m.start, since: since) { return holder }
        }
        return resolver.holder(ofRole: head, before: m.start, since: since)
    }
}
