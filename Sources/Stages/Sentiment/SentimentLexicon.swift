/// A word the VADER rules compare tokens against by identity rather than by valence.
enum VADERRuleWord: UInt8, Sendable, CaseIterable {
    case none, no, kind, of, but, least, at, very, never, so, this, without, doubt, or, nor

    /// `init(rawValue:)` without its out-of-line call, `.none` for an unknown value: the raw
    /// values are the cases' indices, which is how a case without payload is stored.
    @inline(__always)
    static func stored(_ rawValue: UInt8) -> VADERRuleWord {
        rawValue <= VADERRuleWord.nor.rawValue ? unsafeBitCast(rawValue, to: VADERRuleWord.self) : .none
    }
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
    /// The first word of a special case or a multi-word booster: phrases are only tried from such words.
    var startsPhrase = false
    /// The first word of a sentiment-laden idiom (news mode): idioms are only tried from such words.
    var startsIdiom = false
    /// The last word of a sentiment-laden idiom: a text without one has no idiom to look for.
    var endsIdiom = false

    static var inLexiconTrait: UInt8 { 1 }
    static var boosterTrait: UInt8 { 2 }
    static var negationTrait: UInt8 { 4 }
    static var startsPhraseTrait: UInt8 { 8 }
    static var startsIdiomTrait: UInt8 { 16 }
    static var endsIdiomTrait: UInt8 { 32 }

    /// The flags above as `…Trait` bits.
    var traits: UInt8 {
        (inLexicon ? Self.inLexiconTrait : 0) | (isBooster ? Self.boosterTrait : 0)
            | (isNegation ? Self.negationTrait : 0) | (startsPhrase ? Self.startsPhraseTrait : 0)
            | (startsIdiom ? Self.startsIdiomTrait : 0) | (endsIdiom ? Self.endsIdiomTrait : 0)
    }
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
    /// Per id, four words: the key (if at most `packedKeyLength` bytes, else zeros) as three
    /// little-endian words, zero-padded, compared a word at a time with a packed token; then
    /// its length, traits and rule (`length | traits << 8 | rule << 16`), so that a lookup
    /// reads one place for all the rules need of most words.
    private let packedKeys: [UInt64]
    static var packedKeyLength: Int { 24 }
    /// Open addressing: the high 32 bits of a key's hash above its id, so that most misses
    /// are told apart without reading the key's bytes; `emptySlot` where there is none.
    private let slots: [UInt64]
    private static let emptySlot = UInt64.max
    /// One bit per 16-bit slice of a key hash (8 KB, so it stays in the L1 cache): most long
    /// words of a text are in no table, and a clear bit says so without touching the slots.
    private let filter: [UInt64]
    private let mask: Int
    /// The keys of one to eight bytes again, found without a branch on the answer (nil if
    /// a short key has a NUL byte); an entry's id plus one indexes `shortValences`.
    private let shortWords: ShortWordTable?
    /// 0, then the valence of each id.
    private let shortValences: [Double]
    /// One bit per pair of ASCII bytes (first << 7 | last) that begins and ends a lexicon
    /// entry with ASCII punctuation at an end (`:)`, `d:`): news mode asks whether a token
    /// with punctuation at an end is itself an entry, and for nearly all the answer is here.
    private let punctuatedEnds: [UInt64]
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
        // Only entries are interned so far: one id per distinct key.
        entryCount = builder.words.count
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
        for phrase in specialCases + boosterNGrams {
            if let first = phrase.words.first { builder.words[Int(first)].startsPhrase = true }
        }
        for phrase in ladenIdioms {
            if let first = phrase.words.first { builder.words[Int(first)].startsIdiom = true }
            if let last = phrase.words.last { builder.words[Int(last)].endsIdiom = true }
        }
        var ends = [UInt64](repeating: 0, count: 128 * 128 / 64)
        for (key, _) in entries {
            guard let first = key.utf8.first, let last = key.utf8.last, first < 0x80, last < 0x80,
                PythonText.isASCIIPunctuation(UInt32(first)) || PythonText.isASCIIPunctuation(UInt32(last))
            else { continue }
            let pair = Int(first) << 7 | Int(last)
            ends[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        punctuatedEnds = ends

        words = builder.words
        keyBytes = builder.keyBytes
        keyStarts = builder.keyStarts
        var packed = [UInt64](repeating: 0, count: builder.words.count * 4)
        for id in 0..<builder.words.count {
            let start = Int(builder.keyStarts[id]), end = Int(builder.keyStarts[id + 1])
            let word = builder.words[id]
            packed[id * 4 + 3] = UInt64(min(end - start, 255)) | UInt64(word.traits) << 8 | UInt64(word.rule.rawValue) << 16
            guard end - start <= Self.packedKeyLength else { continue }
            for k in start..<end {
                packed[id * 4 + (k - start) / 8] |= UInt64(builder.keyBytes[k]) << UInt64((k - start) % 8 * 8)
            }
        }
        packedKeys = packed
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
        let shortIDs = (0..<builder.words.count).filter { id in
            let length = Int(builder.keyStarts[id + 1] - builder.keyStarts[id])
            return length >= 1 && length <= ShortWordTable.maxLength
        }
        shortWords = ShortWordTable(
            keys: shortIDs.map { packed[$0 * 4] },
            lengths: shortIDs.map { Int(builder.keyStarts[$0 + 1] - builder.keyStarts[$0]) },
            entries: shortIDs.map { packed[$0 * 4 + 3] & 0xFF_FFFF | UInt64($0 + 1) << 32 },
            hash: { WordHasher.packed($0, 0, 0, length: $1) })
        shortValences = [0] + builder.words.map(\.valence)
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

    /// The id of the word whose bytes, packed little-endian eight to a word and zero-padded,
    /// are `w0 w1 w2` (`length` ≤ `packedKeyLength` bytes), and whose `hash` is `hash(_:)` of them.
    @inline(__always)
    func lookupPacked(
        _ w0: UInt64, _ w1: UInt64, _ w2: UInt64, length: Int, hash: UInt64
    ) -> (id: Int32, traits: UInt8, rule: VADERRuleWord) {
        let bit = Self.filterBit(hash)
        let isCandidate = filter.withUnsafeBufferPointer { $0[bit >> 6] & (1 << UInt64(bit & 63)) != 0 }
        guard isCandidate else { return (-1, 0, .none) }
        var slot = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            packedKeys.withUnsafeBufferPointer { keys in
                while true {
                    let entry = slots[slot]
                    if entry == Self.emptySlot { return (-1, 0, .none) }
                    if entry >> 32 == hash >> 32 {
                        let id = Int(entry & 0xFFFF_FFFF)
                        let meta = keys[id * 4 + 3]
                        if Int(meta & 0xFF) == length && keys[id * 4] == w0 && keys[id * 4 + 1] == w1 && keys[id * 4 + 2] == w2 {
                            return (Int32(id), UInt8(truncatingIfNeeded: meta >> 8),
                                    VADERRuleWord.stored(UInt8(truncatingIfNeeded: meta >> 16)))
                        }
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// `lookupPacked` for a word of one to eight bytes, with its valence.
    @inline(__always)
    func lookupShort(
        _ w0: UInt64, length: Int, hash: UInt64
    ) -> (id: Int32, traits: UInt8, rule: VADERRuleWord, valence: Double) {
        guard let shortWords else {
            let found = lookupPacked(w0, 0, 0, length: length, hash: hash)
            return (found.id, found.traits, found.rule, found.id >= 0 ? words[Int(found.id)].valence : 0)
        }
        let entry = shortWords.entry(w0, length: length, hash: hash)
        let index = Int(truncatingIfNeeded: entry >> 32)
        let valence = shortValences.withUnsafeBufferPointer { $0[index] }
        return (Int32(truncatingIfNeeded: index) &- 1, UInt8(truncatingIfNeeded: entry >> 8),
                VADERRuleWord.stored(UInt8(truncatingIfNeeded: entry >> 16)), valence)
    }

    /// False when no lexicon entry begins with ASCII `first` and ends with ASCII `last` (as
    /// a lowercased token would give them) with punctuation at one of those ends.
    @inline(__always)
    func mayBePunctuatedEntry(first: UInt8, last: UInt8) -> Bool {
        let pair = Int(first & 0x7F) << 7 | Int(last & 0x7F)
        return punctuatedEnds.withUnsafeBufferPointer { $0[pair >> 6] & (1 << UInt64(pair & 63)) != 0 }
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

/// The hash of a word's bytes, eight at a time: the bytes are packed little-endian into
/// words, zero-padded, and word k contributes `(word · K[k mod 3]) <<< 7·(k / 3)`, xor-ed with
/// the length times a fourth constant. The products are independent, so a word of up to 24
/// bytes costs three multiplies side by side (`packed(_:_:_:length:)`) rather than a chain.
struct WordHasher {
    private var state: UInt64 = 0
    private var pending: UInt64 = 0
    private var shift: UInt64 = 0
    private var words = 0
    private var length: UInt64 = 0

    @inline(__always)
    mutating func add(_ byte: UInt8) {
        pending |= UInt64(byte) << shift
        shift += 8
        length += 1
        if shift == 64 {
            state ^= Self.term(pending, words)
            words += 1
            pending = 0
            shift = 0
        }
    }

    @inline(__always)
    func finish() -> UInt64 { Self.fold(state ^ Self.term(pending, words) ^ length &* Self.k4) }

    static var k1: UInt64 { 0x9E37_79B9_7F4A_7C15 }
    static var k2: UInt64 { 0xC2B2_AE3D_27D4_EB4F }
    static var k3: UInt64 { 0x1656_67B1_9E37_79F9 }
    static var k4: UInt64 { 0xFF51_AFD7_ED55_8CCD }

    /// The hash of a word of at most 24 bytes packed as `w0 w1 w2` (zero-padded).
    @inline(__always)
    static func packed(_ w0: UInt64, _ w1: UInt64, _ w2: UInt64, length: Int) -> UInt64 {
        fold(w0 &* k1 ^ w1 &* k2 ^ w2 &* k3 ^ UInt64(truncatingIfNeeded: length) &* k4)
    }

    @inline(__always)
    private static func term(_ word: UInt64, _ k: Int) -> UInt64 {
        let product = word &* (k % 3 == 0 ? k1 : k % 3 == 1 ? k2 : k3)
        return product.rotated(by: 7 * (k / 3) % 64)
    }

    /// Folds the high half into the low one: the table indexes by the low bits, and the low
    /// bits of a product depend only on the low bits of its factors.
    @inline(__always)
    private static func fold(_ x: UInt64) -> UInt64 { x ^ x >> 32 }
}

extension UInt64 {
    @inline(__always)
    fileprivate func rotated(by count: Int) -> UInt64 {
        count == 0 ? self : self << UInt64(count) | self >> UInt64(64 - count)
    }
}
