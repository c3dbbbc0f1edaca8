/// The closed-class English words the attribution finder and name resolver look for.
enum AttributionLexicon {
    /// Personal pronouns that can be the subject of a cue verb, with their gender where they have one.
    static let pronouns: WordMap<PronounGender> = [
        "he": .male, "she": .female, "they": .plural, "i": .speaker, "we": .plural, "it": .neuter,
    ]

    /// Words that may stand between a subject and its cue verb (`he later said`, `Smith has told`).
    static let verbModifiers: WordSet = WordSet([
        "also", "later", "then", "has", "had", "have", "was", "is", "were", "are", "will", "would",
        "previously", "recently", "once", "earlier", "today", "yesterday", "tonight", "since", "further",
        "simply", "just", "now", "again", "repeatedly", "publicly", "privately", "already", "firmly",
        "clearly", "reportedly", "often", "always", "never", "still", "even", "only",
        "bluntly", "angrily", "calmly", "quickly", "quietly", "openly", "frankly", "candidly", "had",
        "could", "may", "might", "should", "did", "does", "do",
    ] as [String])

    /// Prepositions: a name after one is not the subject (`Anne Thompson of the Hollywood Reporter`).
    static let prepositions: WordSet = WordSet([
        "of", "at", "in", "on", "for", "from", "with", "to", "by", "after", "before", "during", "about",
        "against", "into", "over", "under", "between", "among", "through", "via", "outside", "inside",
        "near", "behind", "across", "like", "than", "per", "towards", "toward", "within", "without",
    ] as [String])

    /// Words that end a subject noun phrase read backwards from its verb.
    static let clauseBoundaries: WordSet = WordSet([
        "that", "which", "who", "whom", "whose", "but", "if", "when", "while", "because", "as", "so",
        "since", "although", "though", "where", "whether", "yet", "or", "nor", "then", "however", "and",
        "it", "there", "this", "these", "those", "not", "what", "how", "why", "said", "says", "is", "was",
        "are", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could",
        "should", "may", "might", "must", "do", "does", "did", "also", "meanwhile", "now", "today",
        "yesterday", "last", "next", "earlier", "later", "once", "here", "even", "still", "speaking",
    ] as [String])

    /// Determiners and other capitalized function words stripped from the front of a name run.
    static let leadingFunctionWords: WordSet = WordSet([
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
        "your", "but", "and", "or", "so", "yet", "in", "on", "at", "for", "from", "with", "by", "to",
        "as", "if", "when", "while", "after", "before", "since", "because", "although", "though",
        "however", "meanwhile", "speaking", "writing", "asked", "also", "now", "then", "both", "all",
        "some", "many", "most", "other", "another", "former", "new", "according", "it", "he", "she",
        "they", "we", "i", "there", "here", "what", "why", "how", "who", "where", "yesterday", "today",
        "last", "next", "on", "not", "no", "yes", "even", "still", "just", "only", "mr", "mrs", "ms",
        "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "mr.", "mrs.", "ms.",
        "dr.", "prof.", "rev.", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "one",
    ] as [String])

    /// Lowercase words that may join the parts of a name (`Ludwig van Beethoven`, `Osama bin Laden`).
    static let nameParticles: WordSet = WordSet([
        "de", "van", "von", "der", "den", "da", "di", "du", "le", "la", "bin", "al", "dos", "del", "della",
        "des", "ter", "ten", "ibn", "abu", "el", "y",
    ] as [String])

    /// Words that start a comma-delimited aside after a subject (`Smith, the minister, said`).
    static let asideOpeners: WordSet = WordSet([
        "who", "whose", "which", "the", "a", "an", "aged", "now", "himself", "herself", "themselves",
        "former", "also", "speaking", "writing", "in", "at", "one", "whom", "currently", "then", "until",
        "once", "its", "his", "her", "their", "meanwhile", "however",
    ] as [String])
}
