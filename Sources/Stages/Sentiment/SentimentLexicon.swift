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
    /// Open addressing: the high 32 bits of a key's hash above its id, so that most misses
    /// are told apart without reading the key's bytes; `emptySlot` where there is none.
    private let slots: [UInt64]
    private static let emptySlot = UInt64.max
    /// One bit per 16-bit slice of a key hash (8 KB, so it stays in the L1 cache): most words
    /// of a text are in no table, and a clear bit says so without touching the slots.
    private let filter: [UInt64]
    private let mask: Int
    /// Emoji (single Unicode scalars) → their description's scalars.
    let emoji: [UInt32: [UInt32]]
    /// ASCII scalars that are emoji keys (none in the shipped file; kept for other files).
    let asciiEmoji: [Bool]
    let hasASCIIEmoji: Bool
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
        var table = [UInt64](repeating: Self.emptySlot, count: capacity)
        for id in 0..<builder.words.count {
            let start = Int(builder.keyStarts[id]), end = Int(builder.keyStarts[id + 1])
            let hash = Self.hash(builder.keyBytes[start..<end])
            var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
            while table[slot] != Self.emptySlot { slot = (slot + 1) & (capacity - 1) }
            table[slot] = Self.slot(hash: hash, id: Int32(id))
        }
        slots = table
        mask = capacity - 1
        var bits = [UInt64](repeating: 0, count: 1024)
        for id in 0..<builder.words.count {
            let start = Int(builder.keyStarts[id]), end = Int(builder.keyStarts[id + 1])
            let bit = Self.filterBit(Self.hash(builder.keyBytes[start..<end]))
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        filter = bits

        var emojiMap: [UInt32: [UInt32]] = [:]
        var ascii = [Bool](repeating: false, count: 128)
        for (scalar, description) in emoji {
            emojiMap[scalar] = description.unicodeScalars.map(\.value)
            if scalar < 128 { ascii[Int(scalar)] = true }
        }
        self.emoji = emojiMap
        asciiEmoji = ascii
        hasASCIIEmoji = ascii.contains(true)
    }

    /// The lexicon valence of `word` as the stage would use it, or nil when it has none.
    public func valence(of word: String) -> Double? {
        let id = lookup(Array(word.utf8))
        guard id >= 0, words[Int(id)].inLexicon else { return nil }
        return words[Int(id)].valence
    }

    /// The id of the word spelled by `bytes`, or -1.
    func lookup<C: Collection>(_ bytes: C) -> Int32 where C.Element == UInt8 {
        let hash = Self.hash(bytes)
        var slot = Int(truncatingIfNeeded: hash) & mask
        let count = bytes.count
        while true {
            let entry = slots[slot]
            if entry == Self.emptySlot { return -1 }
            if entry >> 32 == hash >> 32 {
                let id = Int(entry & 0xFFFF_FFFF)
                let start = Int(keyStarts[id])
                if Int(keyStarts[id + 1]) - start == count && keyBytes[start..<(start + count)].elementsEqual(bytes) {
                    return Int32(id)
                }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The id of an ASCII word given as scalars `word[range]` lowercased on the fly, whose
    /// `hash` (of the lowercased bytes, as `hash(_:)` computes it) the caller already has.
    func lookupASCII(_ word: UnsafeBufferPointer<UInt32>, _ range: Range<Int>, hash: UInt64) -> Int32 {
        let bit = Self.filterBit(hash)
        let isCandidate = filter.withUnsafeBufferPointer { $0[bit >> 6] & (1 << UInt64(bit & 63)) != 0 }
        guard isCandidate else { return -1 }
        var slot = Int(truncatingIfNeeded: hash) & mask
        let count = range.count
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let entry = slots[slot]
                if entry == Self.emptySlot { return -1 }
                if entry >> 32 == hash >> 32 {
                    let id = Int(entry & 0xFFFF_FFFF)
                    let matched = keyBytes.withUnsafeBufferPointer { keys in
                        keyStarts.withUnsafeBufferPointer { starts in
                            let start = Int(starts[id])
                            guard Int(starts[id + 1]) - start == count else { return false }
                            var k = start
                            for i in range {
                                if keys[k] != Self.lowerASCII(word[i]) { return false }
                                k += 1
                            }
                            return true
                        }
                    }
                    if matched { return Int32(id) }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    @inline(__always)
    private static func filterBit(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> 14) & 0xFFFF }

    @inline(__always)
    private static func slot(hash: UInt64, id: Int32) -> UInt64 {
        (hash & 0xFFFF_FFFF_0000_0000) | UInt64(UInt32(bitPattern: id))
    }

    @inline(__always)
    static func lowerASCII(_ scalar: UInt32) -> UInt8 {
        let byte = UInt8(truncatingIfNeeded: scalar)
        return byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    @inline(__always)
    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var hasher = WordHasher()
        for byte in bytes { hasher.add(byte) }
        return hasher.finish()
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

/// The hash of a word's bytes, eight at a time: bytes are packed into a word and mixed once
/// per eight, so hashing a short word costs one mix rather than a multiply per byte.
struct WordHasher {
    private var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var pending: UInt64 = 0
    private var shift: UInt64 = 0

    @inline(__always)
    mutating func add(_ byte: UInt8) {
        pending |= UInt64(byte) << shift
        shift += 8
        if shift == 64 {
            state = Self.mix(state ^ pending)
            pending = 0
            shift = 0
        }
    }

    @inline(__always)
    func finish() -> UInt64 { Self.mix(state ^ pending ^ (shift << 53)) }

    /// MurmurHash3's 64-bit finalizer.
    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x = x &* 0xff51_afd7_ed55_8ccd
        x ^= x >> 33
        x = x &* 0xc4ce_b9fe_1a85_ec53
        x ^= x >> 33
        return x
    }
}
