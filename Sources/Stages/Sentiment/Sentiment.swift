import PipelineCore

/// The scores of one span of the text: a sentence or a quote.
public struct SpanSentiment: Codable, Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var neg: Double
    public var neu: Double
    public var pos: Double
    public var compound: Double

    public init(start: Int, end: Int, scores: SentimentScores) {
        self.start = start
        self.end = end
        neg = scores.neg
        neu = scores.neu
        pos = scores.pos
        compound = scores.compound
    }

    public var scores: SentimentScores { SentimentScores(neg: neg, neu: neu, pos: pos, compound: compound) }
}

/// The `sentiment` stage's output: VADER scores per document, per sentence and per quote.
///
/// - `document`: VADER on the whole text the stage read (in `vader` mode exactly
///   `polarity_scores(text)`; in `news` mode with negation and `but` kept inside sentences).
/// - `sentence_mean`: the mean of the sentence scores weighted by each sentence's length in
///   Unicode scalars (`end - start`), rounded to 4 decimals; all zeros without sentences.
/// - `sentences`: one entry per sentence of the tokens, in order; `quotes`: one per quote
///   when a quote-extract stage is wired in, else empty. Offsets are into that same text.
///
/// neg/neu/pos are rounded to 3 decimals and compound to 4, as VADER rounds them.
public struct Sentiment: Artifact, Equatable {
    public var document: SentimentScores
    public var sentenceMean: SentimentScores
    public var sentences: [SpanSentiment]
    public var quotes: [SpanSentiment]

    public init(document: SentimentScores, sentenceMean: SentimentScores, sentences: [SpanSentiment], quotes: [SpanSentiment]) {
        self.document = document
        self.sentenceMean = sentenceMean
        self.sentences = sentences
        self.quotes = quotes
    }

    enum CodingKeys: String, CodingKey {
        case document, sentences, quotes
        case sentenceMean = "sentence_mean"
    }
}
