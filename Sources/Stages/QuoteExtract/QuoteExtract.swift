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
        let s = Array(tokens.text.unicodeScalars)
        let paragraphs = QuoteMarkScanner.paragraphSpans(tokens.paragraphs, count: s.count)
        let candidates = scanner.scan(s, paragraphs: paragraphs)
        guard !candidates.isEmpty else { return [] }
        let words = WordLexer.words(s)
        let doc = AttributionFinder.Document(s: s, words: words)
        var resolver = NameResolver(s, words: words, quotes: candidates)
        var speakers: [NameResolver.Speaker] = []
        var quotes: [Quote] = []
        var previous: (candidate: QuoteCandidate, quote: Quote)?

        for (index, q) in candidates.enumerated() {
            let paragraphStart = paragraphs[q.firstParagraph].start
            let previousEnd = index > 0 ? (candidates[index - 1].closeMark ?? candidates[index - 1].contentEnd) : nil
            let earliest = max(paragraphStart, (previousEnd ?? -1) + 1)
            var latest = paragraphs[q.lastParagraph].end
            if index + 1 < candidates.count { latest = min(latest, candidates[index + 1].openMark) }

            let attribution = finder.attribution(for: q, in: doc, earliest: earliest, latest: latest)
            let kind = QuoteKindRule.kind(
                of: q, s, attributed: attribution != nil, paragraphStart: paragraphStart,
                previousClose: index > 0 ? candidates[index - 1].closeMark : nil)
            var quote = Quote(
                text: WordKey.text(s, q.contentStart, q.contentEnd), start: q.contentStart, end: q.contentEnd,
                kind: kind)

            if let a = attribution {
                quote.cue = a.cue
                quote.speakerStart = a.mention.start
                quote.speakerEnd = a.mention.end
                quote.speaker = resolve(
                    a.mention, quoteStart: q.openMark, s, words, &resolver, speakers)
            } else if kind == .direct || kind == .block, let (pc, pq) = previous, pq.speaker != nil,
                continuesSpeaker(q, after: pc, s, paragraphs)
            {
                quote.speaker = pq.speaker
                quote.speakerStart = pq.speakerStart
                quote.speakerEnd = pq.speakerEnd
            }
            if let name = quote.speaker, let position = quote.speakerStart {
                speakers.append(
                    NameResolver.Speaker(name: name, position: position, gender: resolver.gender(of: name)))
            }
            if kind != .other || options.includeOther { quotes.append(quote) }
            previous = (q, quote)
        }
        return quotes
    }

    /// The name a mention stands for, or nil for a generic subject (`a spokesman`, `they`).
    private func resolve(
        _ m: SpeakerMention, quoteStart: Int, _ s: [Unicode.Scalar], _ words: [Word],
        _ resolver: inout NameResolver, _ speakers: [NameResolver.Speaker]
    ) -> String? {
        let before = min(m.start, quoteStart)
        switch m.kind {
        case .name:
            let (parts, gender) = NameResolver.nameParts(s, words: words, first: m.firstWord, last: m.lastWord)
            guard !parts.isEmpty else {
                return resolver.antecedent(before: before, gender: gender, speakers: speakers)?.name
            }
            let name = resolver.fullName(parts, at: m.start)
            if let g = gender { resolver.learn(g, for: name) }
            return name
        case .pronoun(let gender):
            guard gender == .male || gender == .female,
                let found = resolver.antecedent(before: before, gender: gender, speakers: speakers)
            else { return nil }
            resolver.learn(gender, for: found.name)
            return found.name
        case .description(let refersToPerson):
            guard refersToPerson else { return nil }
            return resolver.antecedent(before: before, gender: nil, speakers: speakers)?.name
        }
    }

    /// Whether an unattributed quote goes on with the previous quote's speaker: it stands in the same
    /// paragraph, or opens the paragraph right after.
    private func continuesSpeaker(
        _ q: QuoteCandidate, after p: QuoteCandidate, _ s: [Unicode.Scalar], _ paragraphs: [Span]
    ) -> Bool {
        if p.lastParagraph == q.firstParagraph { return true }
        guard p.lastParagraph + 1 == q.firstParagraph else { return false }
        var j = paragraphs[q.firstParagraph].start
        while j < q.openMark, QuoteScalar.isSpace(s[j]) { j += 1 }
        return j == q.openMark
    }
}
