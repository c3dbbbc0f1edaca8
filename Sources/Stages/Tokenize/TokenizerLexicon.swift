/// The closed word lists the tokenizer and sentence splitter consult, lowercased.
///
/// Kept small and English-specific on purpose: abbreviations that take a period, the
/// titles that never end a sentence, the words that typically open one, hyphen prefixes
/// that Universal Dependencies English keeps attached, and units split off numbers.
enum TokenizerLexicon {
    /// Titles and other abbreviations that are practically never the last word of a sentence.
    static let titles: PackedWordSet = [
        "mr", "mrs", "ms", "messrs", "drs", "profs", "mme", "mlle", "dr", "prof", "sen", "rep", "gov", "gen", "col",
        "lt", "sgt", "capt", "cmdr", "adm", "maj", "cpl", "pvt", "rev", "hon", "pres", "supt", "atty",
        "insp", "det", "fr", "sr", "st", "mt", "ft", "vs", "v", "cf", "ca", "approx",
        "ed", "eds", "est", "dept", "univ", "assn", "bros", "mssrs", "rt", "gens", "reps",
        "sens", "govs", "e.g", "i.e", "viz", "al",
    ]

    /// Abbreviations written before a number (`No. 5`, `Vol. 2`, `pp. 10`): no sentence ends
    /// between them and the number, but `Hell no.` may end one.
    static let numberAbbreviations: PackedWordSet = [
        "no", "nos", "vol", "vols", "pp", "fig", "figs", "art", "ch", "sec", "op", "para", "nr",
    ]

    /// Abbreviations that take a period and may end a sentence.
    static let abbreviations: PackedWordSet = [
        "inc", "ltd", "co", "corp", "plc", "llc", "jr", "etc", "esq", "dept", "govt",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
        "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev",
        "okla", "ore", "pa", "penn", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
        "min", "max", "mins", "hrs", "yr", "yrs", "oz", "lb", "lbs", "pt", "qt", "tbsp", "tsp",
        "intl", "natl", "dist", "div", "mfg", "misc", "cent", "pct", "tel", "ext", "ref", "resp",
        "ave", "blvd", "rd", "hwy",
    ]

    /// The words that keep a following period (`titles`, `abbreviations` and
    /// `numberAbbreviations`), asked once for every word before a period.
    static let periodWords = PackedWordSet(titles.words + abbreviations.words + numberAbbreviations.words)

    /// Capitalized words that commonly open a sentence: after an abbreviation that may
    /// end one, such a word is taken as the start of the next sentence.
    static let sentenceStarters: PackedWordSet = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
        "those", "there", "but", "and", "so", "in", "on", "at", "for", "if", "when", "while",
        "after", "as", "his", "her", "its", "their", "our", "my", "your", "what", "who", "how",
        "why", "where", "some", "many", "most", "all", "one", "also", "however", "meanwhile",
        "still", "yet", "then", "now", "yes", "both", "each", "its", "such", "since", "though",
        "although", "because", "with", "by", "from", "to", "of", "or", "not", "no", "please",
        "thanks", "thank", "is", "are", "was", "were", "do", "does", "did", "can", "will",
        "would", "should", "could", "let", "here", "today", "yesterday", "last", "next", "other",
    ]

    /// Prefixes that Universal Dependencies English keeps attached before a hyphen
    /// (`e-mail`, `non-human`, `re-wording`); other hyphenated compounds are split.
    static let hyphenPrefixes: PackedWordSet = [
        "e", "non", "re", "semi", "mis", "pre", "co", "anti", "vice", "ex", "multi", "post",
        "pro", "sub", "inter", "over", "un", "mid", "bi", "tri", "neo", "pseudo", "quasi",
        "ultra", "mega", "micro", "macro", "cross", "counter", "de", "intra", "trans",
    ]

    /// Units written right after a number (`10km`, `$1.1bn`, `5pm`), split off as words.
    static let numberUnits: PackedWordSet = [
        "bn", "m", "mn", "k", "km", "kg", "cm", "mm", "g", "mg", "ml", "l", "pm", "am", "p.m",
        "a.m", "mph", "kph", "lb", "lbs", "ft", "mi", "gb", "mb", "kb", "tb", "ghz", "mhz",
        "hz", "kw", "mw", "gw", "kwh", "hrs", "hr", "min", "mins", "sec", "secs", "yrs", "yr",
        "x", "tn", "trn", "oz", "in",
    ]

    /// Ordinal and decade suffixes kept on the number (`21st`, `1990s`).
    static let numberSuffixes: PackedWordSet = ["st", "nd", "rd", "th", "s", "'s"]

    /// Contractions written without their apostrophe in informal text, with the length of
    /// the first part (`dont` → `do` `nt`, `im` → `i` `m`), split as Universal Dependencies does.
    static let apostropheless: [PackedWord: Int] = [
        "dont": 2, "doesnt": 4, "didnt": 3, "isnt": 2, "wasnt": 3, "werent": 4, "arent": 3, "havent": 4,
        "hasnt": 3, "hadnt": 3, "wouldnt": 5, "couldnt": 5, "shouldnt": 6, "im": 1, "ive": 1, "alot": 1,
        "youre": 3, "theyre": 4,
    ]

    /// The words of `apostropheless`, asked first: many common words have the shape of one
    /// (`more`, `went`, `there`), and this set answers them without hashing.
    static let apostrophelessWords = PackedWordSet(Array(apostropheless.keys))

    /// Top-level domains that end a word after a dot (`Newsfeed.Com`).
    static let topLevelDomains: PackedWordSet = ["com", "org", "net", "edu", "gov", "info"]
}

/// A word of up to sixteen ASCII scalars, lowercased (’ read as ') and packed into two
/// integers, so that lexicon look-ups in the scanning loop allocate nothing.
struct PackedWord: Hashable, Sendable, ExpressibleByStringLiteral {
    private var high: UInt64 = 0
    private var low: UInt64 = 0

    /// The packed spelling of `scalars[start..<end]`, or nil when it is longer than sixteen
    /// scalars or not ASCII.
    init?<Unit>(_ scalars: ScalarUnits<Unit>, _ start: Int, _ end: Int) {
        guard end > start, end - start <= 16 else { return nil }
        for k in start..<end {
            var c = scalars[k]
            if c == 0x2019 { c = 0x27 }
            guard c < 0x80 else { return nil }
            if c >= 0x41 && c <= 0x5A { c += 0x20 }
            append(UInt8(c))
        }
    }

    /// The empty word (no scalars).
    init() {}

    var isEmpty: Bool { high == 0 && low == 0 }

    /// Both halves folded into one integer, for `PackedWordSet`'s hash.
    var mixed: UInt64 { (high &* 0xFF51_AFD7_ED55_8CCD) ^ low }

    init(stringLiteral word: String) {
        for byte in word.lowercased().utf8.prefix(16) { append(byte) }
    }

    private mutating func append(_ byte: UInt8) {
        high = high << 8 | low >> 56
        low = low << 8 | UInt64(byte)
    }
}
