import PipelineCore

/// The `summarize` stage: picks the sentences that best sum up a document (extractive summary).
///
/// Candidates are the document's sentences except the headline (the first paragraph, when
/// there are several) and a `By …` byline paragraph right after it (unless `headline: true`),
/// and sentences with fewer than `min_words` words. The method scores every candidate; the
/// best are picked (ties to the earlier sentence), with redundancy control when its weight is
/// positive, and returned in document order with their scores scaled so the best candidate has 1.
public struct Summarize: Stage {
    public typealias Options = SummarizeOptions
    public typealias Output = Summary

    public static let name = "summarize"
    public static let summary =
        "Extractive summary: news (default), textrank, lexrank or lead, with a score per sentence"
    public static let inputs: [InputPort] = [.required("tokens", TokenizedText.self)]

    let options: SummarizeOptions
    /// The lowercased stop words; read-only, shared by every call.
    let stopWords: TermTable

    public init(options: SummarizeOptions, context: StageContext) throws {
        try options.validate()
        self.options = options
        let listed: [Substring] =
            switch options.stopWords {
            case .english: EnglishStopWords.words
            case .smart: SmartStopWords.words
            case .none: []
            }
        // No larger than it must be: every document looks its new words up in it, and a
        // small table is more often still in cache.
        var table = TermTable(minimumCapacity: listed.count + options.extraStopWords.count)
        var lowercaser = WordLowercaser()
        defer { lowercaser.deallocate() }
        for word in listed + options.extraStopWords.map({ Substring($0) }) {
            var lowercased: [UInt8] = []
            for scalar in word.unicodeScalars { TermTable.appendLowercased(scalar, to: &lowercased) }
            if lowercased.isEmpty { continue }
            let padded = lowercaser.padded(lowercased)
            _ = table.insert(padded, hash: TermTable.hash(padded))
        }
        stopWords = table
    }

    public func process(_ input: StageInput) throws -> Summary {
        let tokenized = try input.required("tokens", as: TokenizedText.self)
        var text = tokenized.text
        return text.withUTF8 { utf8 in
            var scalars = UTF8ScalarText(utf8)
            return summarize(tokenized, text: &scalars)
        }
    }

    private func summarize(_ tokenized: TokenizedText, text: inout UTF8ScalarText) -> Summary {
        let sentences = tokenized.sentences.map { clamp($0, to: text.count) }
        let headings = headingRange(tokenized.paragraphs, text: &text)
        let words = Self.wordCounts(tokens: tokenized.tokens, sentences: sentences)
        let candidates = sentences.indices.filter { index in
            !(headings?.contains(sentences[index].start) ?? false) && words[index] >= options.minWords
                && sentences[index].length > 0
        }

        let terms = SentenceTerms(
            text: &text, tokens: tokenized.tokens, sentences: candidates.map { sentences[$0] },
            stopWords: stopWords)
        let scores = Self.scaled(rawScores(terms))
        let selection = SentenceSelector(redundancy: options.redundancyWeight)
            .select(options.budget(candidates: candidates.count), scores: scores, terms: terms)
        let picked = selection.picked

        let chosen = picked.map { candidate -> SummarySentence in
            let index = candidates[candidate]
            let span = sentences[index]
            return SummarySentence(
                index: index, start: span.start, end: span.end, score: Self.rounded(scores[candidate]),
                text: String(decoding: text.bytes(ofScalars: span.start..<span.end), as: UTF8.self))
        }
        guard options.scores else { return Summary(sentences: chosen) }
        var all = sentences.enumerated().map { index, span in
            SentenceScore(
                index: index, start: span.start, end: span.end, score: 0, candidate: false, selected: false)
        }
        for (candidate, index) in candidates.enumerated() {
            all[index].score = Self.rounded(scores[candidate])
            all[index].candidate = true
            all[index].redundancy = selection.redundancy.map { Self.rounded($0[candidate]) }
        }
        for candidate in picked { all[candidates[candidate]].selected = true }
        return Summary(sentences: chosen, scores: all)
    }

    /// The chosen method's score of each candidate.
    private func rawScores(_ terms: SentenceTerms) -> [Double] {
        let pageRank = PageRank(damping: options.damping)
        switch options.method {
        case .news: return NewsScorer(pageRank: pageRank).scores(terms)
        case .textrank: return TextRankScorer(pageRank: pageRank).scores(terms)
        case .lexrank:
            let scorer = LexRankScorer(
                pageRank: pageRank, threshold: options.threshold, continuous: options.continuous)
            return scorer.scores(terms)
        case .lead: return LeadScorer().scores(terms)
        }
    }

    /// The scalar range of the headline paragraph and a following `By …` byline paragraph, or
    /// nil when they may be picked or the text has a single paragraph (then it has no headline).
    private func headingRange(_ paragraphs: [Span], text: inout UTF8ScalarText) -> Range<Int>? {
        guard !options.headline, paragraphs.count >= 2 else { return nil }
        let headline = clamp(paragraphs[0], to: text.count)
        var end = headline.end
        let next = clamp(paragraphs[1], to: text.count)
        // ASCII, so its scalars are its bytes.
        let by: [UInt8] = Array("By ".utf8)
        if next.length >= by.count, text.bytes(ofScalars: next.start..<next.start + by.count).elementsEqual(by) {
            end = max(end, next.end)
        }
        return headline.start..<max(headline.start, end)
    }

    /// The number of word and number tokens in each sentence (tokens in text order).
    static func wordCounts(tokens: [Token], sentences: [Span]) -> [Int] {
        tokens.withUnsafeBufferPointer { tokens in
            sentences.map { sentence in
                var low = 0
                var high = tokens.count
                while low < high {
                    let middle = low + (high - low) / 2
                    if tokens[middle].start < sentence.start { low = middle + 1 } else { high = middle }
                }
                var count = 0
                while low < tokens.count && tokens[low].start < sentence.end {
                    if tokens[low].kind == .word || tokens[low].kind == .number { count += 1 }
                    low += 1
                }
                return count
            }
        }
    }

    /// Scores divided by the largest, so the best candidate has 1 (all 0 stay 0).
    static func scaled(_ scores: [Double]) -> [Double] {
        let top = scores.max() ?? 0
        guard top > 0, top.isFinite else { return scores.map { _ in 0 } }
        return scores.map { $0.isFinite ? $0 / top : 0 }
    }

    /// Six decimals: enough to explain a choice, and stable to print.
    static func rounded(_ score: Double) -> Double { (score * 1e6).rounded() / 1e6 }

    private func clamp(_ span: Span, to count: Int) -> Span {
        let start = min(max(0, span.start), count)
        return Span(start: start, end: min(max(start, span.end), count))
    }
}
