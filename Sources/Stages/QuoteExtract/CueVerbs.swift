import Foundation
/// The verbs that attribute speech (`said`, `told`, `warned` …), in every inflected form.
///
/// The built-in list covers news reporting; `cue_verbs` in the stage options adds more. A verb
/// given in its base form (`quip`) gets its regular forms too (`quips`, `quipped`, `quipping`).
struct CueVerbs: Sendable {
    private(set) var forms: Set<String>
    /// Hashes of `forms`, so a word of the text is checked without building its string.
    private var hashes: HashSet64
    /// `WordHash`es of `forms` as spelled, to turn most keys away before `Set` hashes them; nil
    /// when a form could equal another spelling under `==` (see `WordMap`).
    private var spelledHashes: HashSet64?

    init(extra: [String] = []) {
        var forms = Set<String>()
        for lemma in CueVerbs.regular { forms.formUnion(CueVerbs.inflections(of: lemma)) }
        forms.formUnion(CueVerbs.irregular)
        for word in extra {
            let key = word.lowercased().trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty else { continue }
            forms.insert(key)
            forms.formUnion(CueVerbs.inflections(of: key))
        }
        self.forms = forms
        self.hashes = HashSet64(forms.map { CueVerbs.hash(Array($0.unicodeScalars), 0, $0.unicodeScalars.count) })
        let plain = forms.allSatisfy { form in
            form.unicodeScalars.allSatisfy { $0.isASCII && $0 != "K" && $0 != ";" && $0 != "`" }
        }
        self.spelledHashes = plain ? HashSet64(forms.map(WordHash.of)) : nil
    }

    func contains(_ key: String) -> Bool {
        if let spelledHashes, !spelledHashes.contains(WordHash.of(key)) { return false }
        return forms.contains(key)
    }

    /// Whether the scalars `s[start..<end]`, lowercased, are a cue form; allocates only on a hash hit.
    func contains(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        guard end - start >= 3, end - start <= 16, hashes.contains(CueVerbs.hash(s, start, end)) else { return false }
        return forms.contains(WordKey.make(s, start, end))
    }

    /// `contains(s, start, end)` for a word whose key (`WordKey.make`) and hash (`WordHash.of`, the
    /// same as `hash`) are known.
    func contains(key: String, hash: UInt64, length: Int) -> Bool {
        guard length >= 3, length <= 16, hashes.contains(hash) else { return false }
        return forms.contains(key)
    }

    /// FNV-1a over the lowercased scalar values.
    static func hash(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var i = start
        while i < end {
            h = (h ^ UInt64(QuoteScalar.lowered(s[i]).value)) &* 0x100_0000_01b3
            i += 1
        }
        return h
    }

    /// Whether the form is a participle (`adding`), which takes its subject from the clause before it.
    static func isParticiple(_ key: String) -> Bool { NameText.hasSuffix(key, "ing") }

    /// Base forms inflected by the regular rules.
    static let regular: [String] = [
        "say", "add", "ask", "warn", "insist", "explain", "argue", "claim", "note", "pledge", "accuse",
        "tweet", "state", "declare", "announce", "admit", "acknowledge", "agree", "comment", "confirm",
        "continue", "deny", "emphasise", "emphasize", "estimate", "predict", "promise", "remark", "reply",
        "report", "respond", "reveal", "stress", "suggest", "urge", "vow", "concede", "maintain", "observe",
        "recall", "joke", "complain", "caution", "conclude", "counter", "boast", "post", "insist",
        "add", "answer", "assert", "charge", "contend", "demand", "describe", "exclaim", "explain",
        "forecast", "inform", "lament", "mention", "muse", "plead", "protest",
        "recount", "reiterate", "rejoin", "repeat", "retort", "scream", "shout", "snap", "tell", "testify",
        "threaten", "urge", "whisper", "yell", "tout", "quip",
        "acknowledge", "allege", "announce", "cry", "declare", "grumble", "hint", "indicate", "inquire",
        "murmur", "proclaim", "pronounce", "sigh", "sneer", "speculate", "summarise",
        "summarize", "warn", "write", "define", "press", "believe", "think", "hail", "criticise",
        "criticize", "condemn", "attack", "praise", "blame", "dismiss", "call", "describe",
        // Verbs of manner that report speech in sport and entertainment news (`Coleman fumed`).
        "fume", "rage", "enthuse", "gush", "beam", "smile", "laugh", "confess", "assure", "reassure",
        "elaborate", "interject", "concur", "grin", "chuckle", "rant", "bemoan", "moan", "taunt",
    ]

    /// Forms the regular rules do not make.
    static let irregular: WordSet = WordSet([
        "said", "says", "saying", "told", "tells", "telling", "wrote", "written", "writes", "writing",
        "according", "spoke", "speaks", "forecast", "cried", "cries", "replied", "replies", "quipped",
        "snapped", "admitted", "admitting", "blogged", "pleaded", "pled", "testified",
        "testifies", "thought", "summarised", "summarized", "dubbed", "dubs", "dub", "labelled", "labelling",
        // `brand` and `label` are nouns first (`his record label said`): only their verb forms.
        "branded", "branding", "labeled", "labeling",
        // `a BBC statement read: "…"`
        "read", "reads",
        "slammed", "slams", "slam",
    ] as [String])

    /// Regular -s, -ed and -ing forms of a base form (`argue` → argues, argued, arguing).
    static func inflections(of lemma: String) -> [String] {
        guard let last = lemma.last else { return [] }
        var forms = [lemma]
        if lemma.hasSuffix("e") {
            let stem = String(lemma.dropLast())
            forms += [lemma + "s", lemma + "d", stem + "ing"]
        } else if last == "y", let before = lemma.dropLast().last, !"aeiou".contains(before) {
            let stem = String(lemma.dropLast())
            forms += [stem + "ies", stem + "ied", lemma + "ing"]
        } else if lemma.hasSuffix("s") || lemma.hasSuffix("sh") || lemma.hasSuffix("ch") || lemma.hasSuffix("x") {
            forms += [lemma + "es", lemma + "ed", lemma + "ing"]
        } else {
            forms += [lemma + "s", lemma + "ed", lemma + "ing"]
        }
        return forms
    }
}
