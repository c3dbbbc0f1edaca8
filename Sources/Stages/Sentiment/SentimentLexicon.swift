/// A word the VADER rules compare tokens against by identity rather than by valence.
enum VADERRuleWord: UInt8, Sendable {
    case none, no, kind, of, but, least, at, very, never, so, this, without, doubt, or, nor
}

/// What the rules know about one lowercased word: its valence and its roles.
struct VADERWord: Sendable {
    var valence: Double = 0
    var inLexicon = false
    /// The `BOOSTER_DICT` scalar; meaningful when `isBooster`.
    var booster: Double = 0
    var isBooster = false
    /// In `NEGATE`.
    var isNegation = false
    var rule: VADERRuleWord = .none
}

/// A phrase of word ids and the value it carries (special cases, booster n-grams, idioms).
struct VADERPhrase: Sendable {
    var words: [Int32]
    var value: Double
}

/// The lexicon and every rule word, interned into one read-only hash table keyed by UTF-8 bytes.
///
/// Tokens are looked up by their lowercased bytes without building a `String`; entries are
/// kept exactly as the lexicon spells them (the reference never lowercases its keys, so an
/// upper-case entry such as `:D` never matches, and neither does it here). Built once and
/// shared read-only across threads.
public final class SentimentLexicon: Sendable {
    let words: [VADERWord]
    private let keyBytes: [UInt8]
    private let keyStarts: [Int32]
    private let slots: [Int32]
    private let mask: Int
    /// Emoji (single Unicode scalars) → their description's scalars.
    let emoji: [UInt32: [UInt32]]
    /// ASCII scalars that are emoji keys (none in the shipped file; kept for other files).
    let asciiEmoji: [Bool]
    let specialCases: [VADERPhrase]
    /// The multi-word `BOOSTER_DICT` keys (`kind of`, `sort of`, `just enough`).
    let boosterNGrams: [VADERPhrase]
    let ladenIdioms: [VADERPhrase]
    /// Number of lexicon entries (distinct keys).
    public let entryCount: Int

    /// The shipped VADER lexicon and emoji lexicon, parsed once per process.
    public static let vaderDefault: SentimentLexicon = SentimentLexicon(
        entries: LexiconParser.defaultEntries(), emoji: LexiconParser.defaultEmoji())

    /// A lexicon of `entries` (later entries win over earlier ones with the same key) and
    /// the emoji descriptions `emoji`.
    init(entries: [(String, Double)], emoji: [(UInt32, String)]) {
        var builder = Builder()
        for (key, value) in entries {
            let id = builder.intern(key)
            builder.words[id].valence = value
            builder.words[id].inLexicon = true
        }
        var multiWordBoosters: [(String, Double)] = []
        for (key, value) in VADERRules.boosters {
            if key.contains(" ") { multiWordBoosters.append((key, value)); continue }
            let id = builder.intern(key)
            builder.words[id].booster = value
            builder.words[id].isBooster = true
        }
        for key in VADERRules.negations {
            builder.words[builder.intern(key)].isNegation = true
        }
        let ruleWords: [(String, VADERRuleWord)] = [
            ("no", .no), ("kind", .kind), ("of", .of), ("but", .but), ("least", .least), ("at", .at),
            ("very", .very), ("never", .never), ("so", .so), ("this", .this), ("without", .without),
            ("doubt", .doubt), ("or", .or), ("nor", .nor),
        ]
        for (key, rule) in ruleWords {
            builder.words[builder.intern(key)].rule = rule
        }
        func phrases(_ list: [(String, Double)]) -> [VADERPhrase] {
            list.map { key, value in
                VADERPhrase(words: key.split(separator: " ").map { Int32(builder.intern(String($0))) }, value: value)
            }
        }
        specialCases = phrases(VADERRules.specialCases)
        boosterNGrams = phrases(multiWordBoosters)
        ladenIdioms = phrases(VADERRules.ladenIdioms)
        entryCount = Set(entries.map { Array($0.0.utf8) }).count

        words = builder.words
        keyBytes = builder.keyBytes
        keyStarts = builder.keyStarts
        var capacity = 16
        while capacity < builder.words.count * 2 { capacity *= 2 }
        var table = [Int32](repeating: -1, count: capacity)
        for id in 0..<builder.words.count {
            let start = Int(builder.keyStarts[id]), end = Int(builder.keyStarts[id + 1])
            var slot = Int(truncatingIfNeeded: Self.hash(builder.keyBytes[start..<end])) & (capacity - 1)
            while table[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            table[slot] = Int32(id)
        }
        slots = table
        mask = capacity - 1

        var emojiMap: [UInt32: [UInt32]] = [:]
        var ascii = [Bool](repeating: false, count: 128)
        for (scalar, description) in emoji {
            emojiMap[scalar] = description.unicodeScalars.map(\.value)
            if scalar < 128 { ascii[Int(scalar)] = true }
        }
        self.emoji = emojiMap
        asciiEmoji = ascii
    }

    /// The lexicon valence of `word` as the stage would use it, or nil when it has none.
    public func valence(of word: String) -> Double? {
        let id = lookup(Array(word.utf8))
        guard id >= 0, words[Int(id)].inLexicon else { return nil }
        return words[Int(id)].valence
    }

    /// The id of the word spelled by `bytes`, or -1.
    func lookup<C: Collection>(_ bytes: C) -> Int32 where C.Element == UInt8 {
        var slot = Int(truncatingIfNeeded: Self.hash(bytes)) & mask
        let count = bytes.count
        return keyBytes.withUnsafeBufferPointer { keys in
            while true {
                let id = slots[slot]
                if id < 0 { return -1 }
                let start = Int(keyStarts[Int(id)])
                if Int(keyStarts[Int(id) + 1]) - start == count {
                    var equal = true
                    var k = start
                    for byte in bytes {
                        if keys[k] != byte { equal = false; break }
                        k += 1
                    }
                    if equal { return id }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    @inline(__always)
    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return h ^ (h >> 29)
    }

    /// Interns keys while the table is built.
    private struct Builder {
        var words: [VADERWord] = []
        var keyBytes: [UInt8] = []
        var keyStarts: [Int32] = [0]
        /// Keyed by bytes, not `String`: `String` equality would merge canonically equivalent keys.
        var ids: [[UInt8]: Int] = [:]

        mutating func intern(_ key: String) -> Int {
            let bytes = Array(key.utf8)
            if let id = ids[bytes] { return id }
            let id = words.count
            ids[bytes] = id
            words.append(VADERWord())
            keyBytes.append(contentsOf: bytes)
            keyStarts.append(Int32(keyBytes.count))
            return id
        }
    }
}
