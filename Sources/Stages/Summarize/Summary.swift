import PipelineCore

/// One sentence picked for a summary.
public struct SummarySentence: Codable, Sendable, Hashable {
    /// The sentence's position in `TokenizedText.sentences`.
    public var index: Int
    public var start: Int
    public var end: Int
    /// The method's score for the sentence, scaled so the best candidate has 1.
    public var score: Double
    public var text: String

    public init(index: Int, start: Int, end: Int, score: Double, text: String) {
        self.index = index
        self.start = start
        self.end = end
        self.score = score
        self.text = text
    }
}

/// The score of one sentence of the document, picked or not (the `scores: true` output).
public struct SentenceScore: Codable, Sendable, Hashable {
    public var index: Int
    public var start: Int
    public var end: Int
    /// The method's score, scaled so the best candidate has 1; 0 for a sentence that is no candidate.
    public var score: Double
    /// False for the headline, the byline and sentences shorter than `min_words`.
    public var candidate: Bool
    /// Whether the sentence is in the summary.
    public var selected: Bool
    /// With redundancy control (`redundancy` > 0), the candidate's largest cosine similarity to
    /// the summary sentences picked before it (a picked sentence) or to all of them (the
    /// others): why a well-scored sentence was left out. Absent otherwise.
    public var redundancy: Double?

    public init(
        index: Int, start: Int, end: Int, score: Double, candidate: Bool, selected: Bool,
        redundancy: Double? = nil
    ) {
        self.index = index
        self.start = start
        self.end = end
        self.score = score
        self.candidate = candidate
        self.selected = selected
        self.redundancy = redundancy
    }
}

/// An extractive summary: the chosen sentences in document order, offsets into the text
/// `summarize` read (`TokenizedText.text`).
public struct Summary: Artifact, Equatable {
    public var sentences: [SummarySentence]
    /// Every sentence's score, in document order; only with the `scores` option.
    public var scores: [SentenceScore]?

    public init(sentences: [SummarySentence], scores: [SentenceScore]? = nil) {
        self.sentences = sentences
        self.scores = scores
    }
}
