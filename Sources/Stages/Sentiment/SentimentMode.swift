/// Which VADER the stage computes.
public enum SentimentMode: String, Codable, Sendable, CaseIterable {
    /// vaderSentiment 3.3.2's `polarity_scores`, quirks included, to the last digit.
    case vader
    /// VADER's rules with the reference's defects for news text fixed: Unicode punctuation
    /// (curly quotes, dashes) stripped from words and curly apostrophes read as `'`; short
    /// words lose their punctuation (`ok!` is `ok`) unless the token is itself a lexicon
    /// entry (emoticons such as `:)`); `never so/this` only when `never` is there; `but`
    /// reweights by position; the sentiment-laden idioms (`in the red`) are scored; and the
    /// whole-text score keeps negation and `but` inside each sentence.
    case news
}
