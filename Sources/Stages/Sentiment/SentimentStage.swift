import Foundation
import PipelineCore

/// VADER sentiment per sentence, per quote and per document.
///
/// Each sentence (and quote) string is scored on its own, as `polarity_scores` would score
/// that string: the tokenizer's spans decide what is scored, VADER's own word split does the
/// rest. The lexicon is the shipped VADER lexicon (compiled in, parsed once per process),
/// optionally extended by files and overrides, in which case this instance builds its own.
public struct SentimentStage: Stage {
    public typealias Options = SentimentOptions
    public static let name = "sentiment"
    public static let summary = "VADER sentiment (neg/neu/pos/compound) per sentence, quote and document"
    public static let inputs: [InputPort] = [
        .required("tokens", TokenizedText.self),
        .optional("quotes", Quotes.self),
    ]

    public let analyzer: VADERAnalyzer

    public init(options: SentimentOptions, context: StageContext) throws {
        let lexicon: SentimentLexicon
        if options.includeDefault && options.lexicons.isEmpty && options.overrides.isEmpty {
            lexicon = .vaderDefault
        } else {
            lexicon = try Self.buildLexicon(options, context: context)
        }
        analyzer = VADERAnalyzer(mode: options.mode, lexicon: lexicon)
    }

    private static func buildLexicon(_ options: SentimentOptions, context: StageContext) throws -> SentimentLexicon {
        var entries: [(String, Double)] = options.includeDefault ? LexiconParser.defaultEntries() : []
        for path in options.lexicons {
            let resolved = context.resolvePath(path)
            let text: String
            do {
                text = try String(contentsOfFile: resolved, encoding: .utf8)
            } catch {
                throw OptionError(key: "lexicons", "cannot read lexicon '\(path)' (\(resolved)): not a readable UTF-8 file")
            }
            do {
                entries += try LexiconParser.parse(text, format: options.lexiconFormat)
            } catch {
                throw OptionError(key: "lexicons", "\(path):\(error.line): \(error.message)")
            }
        }
        for word in options.overrides.keys.sorted() {
            guard let value = options.overrides[word] else { continue }
            if word.lowercased() != word {
                throw OptionError(
                    key: "overrides", "override '\(word)' can never match: words are looked up in lower case",
                    hint: "write '\(word.lowercased())'")
            }
            guard value.isFinite else { throw OptionError(key: "overrides", "override '\(word)' is not a finite number") }
            entries.append((word, value))
        }
        if entries.isEmpty {
            throw OptionError(
                key: "include_default", "the lexicon is empty",
                hint: "keep include_default: true or name files in 'lexicons'")
        }
        return SentimentLexicon(entries: entries, emoji: LexiconParser.defaultEmoji())
    }

    public func process(_ input: StageInput) throws -> Sentiment {
        let tokens = try input.required("tokens", as: TokenizedText.self)
        let quotes = try input.optional("quotes", as: Quotes.self)
        var text = tokens.text
        let quoteSpans = (quotes?.quotes ?? []).map { Span(start: $0.start, end: $0.end) }
        // Texts without emoji, nearly all news, are scored on their UTF-8 bytes.
        var scored = text.withUTF8 { analyzer.byteSentenceAndDocumentScores($0, spans: tokens.sentences, quotes: quoteSpans) }
        if scored == nil {
            let scalars = PythonText.scalars(of: tokens.text)
            var scratch = VADERScratch()
            scalars.withUnsafeBufferPointer { text in
                let sentenceRanges = tokens.sentences.map { Self.clamped($0.start, $0.end, count: text.count) }
                let both = analyzer.sentenceAndDocumentScores(of: text, sentences: sentenceRanges, scratch: &scratch)
                let quoteScores = quoteSpans.map { quote in
                    analyzer.scores(of: text[Self.clamped(quote.start, quote.end, count: text.count)], scratch: &scratch)
                }
                scored = (both.sentences, both.document, quoteScores)
            }
        }
        let quoteScores = zip(quoteSpans, scored?.quotes ?? []).map { span, scores in
            SpanSentiment(start: span.start, end: span.end, scores: scores.cleaned())
        }
        let sentenceScores = scored?.sentences ?? []
        let sentences = zip(tokens.sentences, sentenceScores).map { span, scores in
            SpanSentiment(start: span.start, end: span.end, scores: scores.cleaned())
        }
        return Sentiment(
            document: (scored?.document ?? .zero).cleaned(), sentenceMean: Self.lengthWeightedMean(sentences),
            sentences: sentences, quotes: quoteScores)
    }

    /// A span made safe to slice with: inside `0..<count` and not reversed.
    static func clamped(_ start: Int, _ end: Int, count: Int) -> Range<Int> {
        let low = min(max(start, 0), count)
        return low..<min(max(end, low), count)
    }

    /// The sentence scores weighted by length in scalars, rounded to 4 decimals.
    static func lengthWeightedMean(_ sentences: [SpanSentiment]) -> SentimentScores {
        var neg = 0.0, neu = 0.0, pos = 0.0, compound = 0.0, total = 0.0
        for sentence in sentences {
            let weight = Double(max(sentence.end - sentence.start, 0))
            neg += weight * sentence.neg
            neu += weight * sentence.neu
            pos += weight * sentence.pos
            compound += weight * sentence.compound
            total += weight
        }
        guard total > 0 else { return .zero }
        return SentimentScores(
            neg: PythonRounding.round(neg / total, scale: 10000),
            neu: PythonRounding.round(neu / total, scale: 10000),
            pos: PythonRounding.round(pos / total, scale: 10000),
            compound: PythonRounding.round(compound / total, scale: 10000)
        ).cleaned()
    }
}

extension SentimentScores {
    /// Without negative zeros, so the JSON says `0` where Python would print `-0.0`.
    func cleaned() -> SentimentScores {
        SentimentScores(neg: neg + 0, neu: neu + 0, pos: pos + 0, compound: compound + 0)
    }
}
