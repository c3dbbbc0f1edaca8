/// The lowercased key (`WordKey.make`) of every word of a text and its `WordClass`, built once per
/// distinct word.
///
/// The attribution rules ask after the same few hundred words again and again; building a
/// `String` and hashing it with SipHash for every question was most of the stage's time. Here
/// each word gets the id of its lowercased form (equal scalars, equal id), and each form its key
/// and classes.
struct WordKeys: Sendable {
    /// Per word: the id of its lowercased form.
    private let ids: [Int32]
    /// Per form: the key and its classes.
    private let keys: [String]
    private let classes: [WordClass]

    init(_ s: [Unicode.Scalar], _ words: [Word], cues: CueVerbs) {
        var bits = 4
        while (1 << bits) < 2 * words.count { bits += 1 }
        let shift = UInt64(64 - bits)
        let mask = (1 << bits) - 1
        var slots = [Int32](repeating: -1, count: 1 << bits)
        var ids = [Int32]()
        ids.reserveCapacity(words.count)
        var keys: [String] = []
        var classes: [WordClass] = []
        var hashes: [UInt64] = []
        var firstWord: [Int] = []
        let forms = words.count / 2 + 16
        keys.reserveCapacity(forms)
        classes.reserveCapacity(forms)
        hashes.reserveCapacity(forms)
        firstWord.reserveCapacity(forms)
        // Punctuation is one scalar: ASCII marks find their id by value, without hashing.
        var punctuation = [Int32](repeating: -1, count: 128)
        let lexiconByScalars = WordClass.lexiconMatchesByScalars
        for (k, word) in words.enumerated() {
            let mark = s[word.start].value
            if word.isPunct, mark < 128, punctuation[Int(mark)] >= 0 {
                ids.append(punctuation[Int(mark)])
                continue
            }
            let h = WordHash.of(s, word.start, word.end)
            var slot = Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while true {
                let id = Int(slots[slot])
                if id < 0 {
                    slots[slot] = Int32(keys.count)
                    ids.append(Int32(keys.count))
                    let key: String
                    var c: WordClass
                    if let known = WordClass.lexiconWord(s, word.start, word.end, hash: h) {
                        (key, c) = known
                    } else {
                        key = WordKey.make(s, word.start, word.end)
                        c = lexiconByScalars ? [] : WordClass.of(key, hash: h)
                    }
                    if cues.contains(key: key, hash: h, length: word.end - word.start) { c.insert(.cue) }
                    if WordKeys.isPossessive(s, word, key: key) { c.insert(.possessive) }
                    keys.append(key)
                    classes.append(c)
                    hashes.append(h)
                    firstWord.append(k)
                    if word.isPunct, mark < 128 { punctuation[Int(mark)] = Int32(keys.count - 1) }
                    break
                }
                if hashes[id] == h, WordKeys.sameLowered(s, words[firstWord[id]], word) {
                    ids.append(Int32(id))
                    break
                }
                slot = (slot + 1) & mask
            }
        }
        self.ids = ids
        self.keys = keys
        self.classes = classes
    }

    /// The lowercased text of word `w`: `WordKey.make` of its range.
    @inline(__always)
    func key(_ w: Int) -> String { keys[Int(ids[w])] }

    /// The classes of word `w`'s lowercased text.
    @inline(__always)
    func classes(_ w: Int) -> WordClass { classes[Int(ids[w])] }

    /// Whether word `w`'s lowercased text is in any of the lists `c` names.
    @inline(__always)
    func has(_ w: Int, _ c: WordClass) -> Bool { !classes[Int(ids[w])].isDisjoint(with: c) }

    /// `WordKey.isPossessive(key)`, read from the scalars when they are ASCII (where characters
    /// are scalars; `’` is lowered to `'`).
    private static func isPossessive(_ s: [Unicode.Scalar], _ word: Word, key: String) -> Bool {
        var i = word.start
        while i < word.end {
            guard QuoteScalar.lowered(s[i]).isASCII else { return WordKey.isPossessive(key) }
            i += 1
        }
        guard word.end - word.start >= 2 else { return false }
        let last = QuoteScalar.lowered(s[word.end - 1])
        let before = QuoteScalar.lowered(s[word.end - 2])
        return (before == "'" && last == "s") || (before == "s" && last == "'")
    }

    /// Whether two words are the same scalars once lowercased.
    @inline(__always)
    private static func sameLowered(_ s: [Unicode.Scalar], _ a: Word, _ b: Word) -> Bool {
        guard a.end - a.start == b.end - b.start else { return false }
        var i = a.start
        var j = b.start
        while i < a.end {
            if QuoteScalar.lowered(s[i]) != QuoteScalar.lowered(s[j]) { return false }
            i += 1
            j += 1
        }
        return true
    }
}
