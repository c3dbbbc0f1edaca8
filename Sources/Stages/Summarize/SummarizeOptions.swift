import PipelineCore

/// How `summarize` scores sentences.
public enum SummaryMethod: String, Codable, Sendable, CaseIterable {
    /// Word-frequency centrality with a length correction and redundancy control, tuned on news.
    case news
    /// Mihalcea & Tarau (2004): PageRank over a graph of shared-word similarity.
    case textrank
    /// Erkan & Radev (2004): PageRank over a graph of TF-IDF cosine similarity.
    case lexrank
    /// The first sentences after the headline.
    case lead
}

/// Which words `summarize` ignores when it compares sentences.
public enum StopWordList: String, Codable, Sendable, CaseIterable {
    /// NLTK's English list (179 words).
    case english
    /// The SMART English list (580 words), as sumy uses.
    case smart
    /// No stop words: every word counts.
    case none
}

/// The options of `summarize`, read from its `with:` map.
public struct SummarizeOptions: StageOptions, Equatable {
    /// `method`: `news` (default), `textrank`, `lexrank` or `lead`.
    public var method: SummaryMethod = .news
    /// `sentences`: how many sentences to pick. Default: 3 when `ratio` is not given either.
    public var sentences: Int?
    /// `ratio`: the share of candidate sentences to pick, in (0, 1], rounded, at least 1.
    /// Not together with `sentences`. Default: unset.
    public var ratio: Double?
    /// `stop_words`: `english` (NLTK's list, default), `smart` or `none`.
    public var stopWords: StopWordList = .english
    /// `extra_stop_words`: more words to ignore, matched lowercase. Default: none.
    public var extraStopWords: [String] = []
    /// `min_words`: a sentence with fewer words is never picked. Default 1.
    public var minWords: Int = 1
    /// `headline`: whether the headline (first paragraph) and a following `By …` byline may be
    /// picked. Default false.
    public var headline: Bool = false
    /// `redundancy`: the weight λ of maximal marginal relevance: a sentence is picked by its score
    /// minus λ times its largest cosine similarity to a sentence already picked (0 turns it off).
    /// Near-duplicates (cosine ≥ 0.95) of a picked sentence are then skipped while others remain.
    /// Default: 0.1 for `news`, 0 for the others (the published algorithms).
    public var redundancy: Double?
    /// `scores`: also output every sentence's score. Default false.
    public var scores: Bool = false
    /// `damping`: the PageRank damping factor of `textrank` and `lexrank`. Default 0.85.
    public var damping: Double = 0.85
    /// `threshold`: `lexrank` links two sentences whose cosine is at least this. Default 0.1.
    public var threshold: Double = 0.1
    /// `continuous`: `lexrank` weights links by their cosine instead of a threshold. Default false.
    public var continuous: Bool = false

    public init() {}

    enum CodingKeys: String, CodingKey {
        case method, sentences, ratio, headline, redundancy, scores, damping, threshold, continuous
        case stopWords = "stop_words"
        case extraStopWords = "extra_stop_words"
        case minWords = "min_words"
    }

    /// The redundancy weight in effect: the option, or the method's default.
    var redundancyWeight: Double {
        redundancy ?? (method == .news ? NewsScorer.defaultRedundancy : 0)
    }

    /// Throws `OptionError` naming the first key whose value cannot work.
    func validate() throws {
        if sentences != nil && ratio != nil {
            throw OptionError(key: "ratio", "give either 'sentences' or 'ratio', not both")
        }
        if let sentences, sentences < 0 {
            throw OptionError(key: "sentences", "must be 0 or more")
        }
        if let ratio, !(ratio > 0 && ratio <= 1) {
            throw OptionError(key: "ratio", "must be greater than 0 and at most 1", hint: "e.g. 0.3")
        }
        if minWords < 0 {
            throw OptionError(key: "min_words", "must be 0 or more")
        }
        if let redundancy, !(redundancy >= 0 && redundancy.isFinite) {
            throw OptionError(key: "redundancy", "must be 0 or more")
        }
        if !(damping > 0 && damping < 1) {
            throw OptionError(key: "damping", "must be between 0 and 1 (exclusive)", hint: "0.85")
        }
        if !(threshold >= 0 && threshold <= 1) {
            throw OptionError(key: "threshold", "must be between 0 and 1")
        }
    }

    /// How many of `candidates` sentences to pick.
    func budget(candidates: Int) -> Int {
        guard candidates > 0 else { return 0 }
        if let ratio {
            return min(candidates, max(1, Int((ratio * Double(candidates)).rounded())))
        }
        return min(candidates, sentences ?? 3)
    }
}
