/// The constants and word lists of vaderSentiment 3.3.2's rules, copied from its source.
///
/// The values are the ones the reference uses (including its ints, which are exact in a
/// `Double`), so the arithmetic and therefore the scores are bit for bit the same.
enum VADERRules {
    /// Mean intensity increase of a booster word.
    static let boosterIncrement = 0.293
    /// Mean intensity decrease of a dampener word.
    static let boosterDecrement = -0.293
    /// Mean intensity increase of an ALL-CAPS word in mixed-case text.
    static let capsIncrement = 0.733
    /// The factor a negation applies to a valence.
    static let negationScalar = -0.74

    /// Words that negate a following lexicon word (`NEGATE`).
    static let negations: [String] = [
        "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt",
        "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't",
        "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither",
        "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't",
        "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
        "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent",
        "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't",
        "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite",
    ]

    /// Booster (positive) and dampener (negative) degree words (`BOOSTER_DICT`); the
    /// multi-word keys only ever match as n-grams in the special-idioms check.
    static let boosters: [(String, Double)] = {
        let up = [
            "absolutely", "amazingly", "awfully", "completely", "considerable", "considerably",
            "decidedly", "deeply", "effing", "enormous", "enormously", "entirely", "especially",
            "exceptional", "exceptionally", "extreme", "extremely", "fabulously", "flipping",
            "flippin", "frackin", "fracking", "fricking", "frickin", "frigging", "friggin", "fully",
            "fuckin", "fucking", "fuggin", "fugging", "greatly", "hella", "highly", "hugely",
            "incredible", "incredibly", "intensely", "major", "majorly", "more", "most",
            "particularly", "purely", "quite", "really", "remarkably", "so", "substantially",
            "thoroughly", "total", "totally", "tremendous", "tremendously", "uber", "unbelievably",
            "unusually", "utter", "utterly", "very",
        ]
        let down = [
            "almost", "barely", "hardly", "just enough", "kind of", "kinda", "kindof", "kind-of",
            "less", "little", "marginal", "marginally", "occasional", "occasionally", "partly",
            "scarce", "scarcely", "slight", "slightly", "somewhat", "sort of", "sorta", "sortof",
            "sort-of",
        ]
        return up.map { ($0, boosterIncrement) } + down.map { ($0, boosterDecrement) }
    }()

    /// Phrases containing lexicon words whose valence replaces the word's (`SPECIAL_CASES`).
    static let specialCases: [(String, Double)] = [
        ("the shit", 3), ("the bomb", 3), ("bad ass", 1.5), ("badass", 1.5), ("bus stop", 0.0),
        ("yeah right", -2), ("kiss of death", -1.5), ("to die for", 3), ("beating heart", 3.5),
    ]

    /// Sentiment-laden idioms without lexicon words (`SENTIMENT_LADEN_IDIOMS`). The reference
    /// never calls its check for them; only the `news` mode uses them.
    static let ladenIdioms: [(String, Double)] = [
        ("cut the mustard", 2), ("hand to mouth", -2), ("back handed", -2), ("blow smoke", -2),
        ("blowing smoke", -2), ("upper hand", 1), ("break a leg", 2), ("cooking with gas", 2),
        ("in the black", 2), ("in the red", -2), ("on the ball", 2), ("under the weather", -2),
    ]
}
