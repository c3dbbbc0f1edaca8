/// The closed word lists only the sentence splitter consults, lowercased.
enum SentenceLexicon {
    /// Greeting and closing words whose comma ends a sentence in mail (`Regards,`).
    static let salutations: PackedWordSet = [
        "regards", "thanks", "sincerely", "cheers", "best", "dear", "hi", "hello", "hey", "thank", "yours",
        "love", "greetings", "kind", "kindest", "warm", "warmest", "all",
    ]

    /// `AM` and `PM` after a clock time.
    static let meridiems: PackedWordSet = ["am", "pm", "a.m.", "p.m."]

    /// Time zones written after a clock time (`09:11 AM EST`).
    static let timeZones: PackedWordSet = [
        "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "gmt", "utc", "bst",
        "cet", "cest",
    ]

    /// Postscript marks, which open the sentence after them (`P.S. I moved.`).
    static let postscripts: PackedWordSet = ["p.s", "ps", "p.p.s", "pps"]

    /// Words a wrapped line may stop on but a heading or greeting does not end with.
    static let lineContinuing: PackedWordSet = [
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "and", "or", "but",
        "nor", "that", "which", "who", "his", "her", "its", "their", "our", "my", "your", "this", "these",
        "is", "are", "was", "were", "be", "has", "have", "had", "will", "would", "said", "than", "into",
    ]
}
