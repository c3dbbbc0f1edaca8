import PipelineCore

/// The `with:` options of the `sentiment` stage.
public struct SentimentOptions: StageOptions, Equatable {
    /// `mode`: `vader` (default) reproduces vaderSentiment 3.3.2 exactly; `news` fixes its
    /// defects on news text (see `SentimentMode.news`). `pipelines/news.yaml` sets `news`.
    public var mode: SentimentMode = .vader
    /// `lexicons`: lexicon files, relative to the pipeline file; default none. Each adds to
    /// (and overrides entries of) the lexicon before it; a malformed line is an error naming
    /// the file and line.
    public var lexicons: [String] = []
    /// `lexicon_format`: `auto` (default), `vader` or `afinn`, for every file in `lexicons`.
    /// AFINN valences (-5…+5) are used as they are, not rescaled to VADER's -4…+4.
    public var lexiconFormat: LexiconFormat = .auto
    /// `overrides`: `{word: valence}` applied last; default none. Words are matched in lower
    /// case, so a key with an upper-case letter is an error.
    public var overrides: [String: Double] = [:]
    /// `include_default`: start from the shipped VADER lexicon; default `true`.
    public var includeDefault: Bool = true

    public init() {}

    enum CodingKeys: String, CodingKey {
        case mode, lexicons, overrides
        case lexiconFormat = "lexicon_format"
        case includeDefault = "include_default"
    }
}
