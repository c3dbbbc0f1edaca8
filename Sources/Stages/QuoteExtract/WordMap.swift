/// A fixed map from lowercased words to values, for the lexicons: looked up without SipHash.
///
/// `Dictionary` seeds and runs SipHash on every look-up, and the attribution rules look up
/// several words of every window. Here the key's `WordHash` picks a slot of an open-addressing
/// table at most half full, and a hit is confirmed with `==`. Equal hashes need equal scalars,
/// while `==` also matches other spellings of the same text (canonical equivalence); no spelling
/// differs from an ASCII word without `K`, `;` or `` ` `` (the targets of the singleton
/// decompositions), so a map holding any other key answers through a `Dictionary` instead.
struct WordMap<Value: Sendable>: Sendable, Sequence, ExpressibleByDictionaryLiteral {
    private let keys: [String]
    private let hashes: [UInt64]
    private let values: [Value]
    private let slots: [Int32]
    private let shift: UInt64
    private let mask: Int
    private let fallback: [String: Value]?
    /// One bit per key, at the top eleven bits of its hash: most words are in no list, and this
    /// turns them away from four cache lines instead of the table.
    private let filter: [UInt64]
    /// The keys' scalars, one after another from `scalarStarts[k]`, to match a word of the text
    /// without building its string.
    private let scalars: [Unicode.Scalar]
    private let scalarStarts: [Int]

    /// The pairs, the first value of a key kept.
    init(_ pairs: [(String, Value)]) {
        var keys: [String] = []
        var values: [Value] = []
        var seen = Set<String>()
        for (key, value) in pairs where seen.insert(key).inserted {
            keys.append(key)
            values.append(value)
        }
        var bits: UInt64 = 1
        while (1 << bits) < 2 * keys.count { bits += 1 }
        shift = 64 - bits
        mask = (1 << Int(bits)) - 1
        var slots = [Int32](repeating: -1, count: 1 << Int(bits))
        let hashes = keys.map(WordHash.of)
        for (k, h) in hashes.enumerated() {
            var slot = WordMap.slot(h, shift)
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(k)
        }
        var filter = [UInt64](repeating: 0, count: 32)
        for h in hashes { filter[Int(h >> 59)] |= 1 << ((h >> 53) & 63) }
        self.filter = filter
        self.keys = keys
        self.hashes = hashes
        self.values = values
        self.slots = slots
        let plain = keys.allSatisfy { key in
            key.unicodeScalars.allSatisfy { $0.isASCII && $0 != "K" && $0 != ";" && $0 != "`" }
        }
        fallback = plain ? nil : Dictionary(zip(keys, values), uniquingKeysWith: { first, _ in first })
        var scalars: [Unicode.Scalar] = []
        var scalarStarts: [Int] = []
        for key in keys {
            scalarStarts.append(scalars.count)
            scalars += key.unicodeScalars
        }
        scalarStarts.append(scalars.count)
        self.scalars = scalars
        self.scalarStarts = scalarStarts
    }

    init(dictionaryLiteral elements: (String, Value)...) {
        self.init(elements)
    }

    subscript(key: String) -> Value? {
        self[key, hash: WordHash.of(key)]
    }

    /// The value of `key`, whose `WordHash` is `h`.
    subscript(key: String, hash h: UInt64) -> Value? {
        if let fallback { return fallback[key] }
        guard filter[Int(h >> 59)] & (1 << ((h >> 53) & 63)) != 0 else { return nil }
        var slot = WordMap.slot(h, shift)
        while true {
            let k = Int(slots[slot])
            if k < 0 { return nil }
            if hashes[k] == h, keys[k] == key { return values[k] }
            slot = (slot + 1) & mask
        }
    }

    /// The key and value whose key is `s[start..<end]` lowered as `WordKey.make` lowers it, with
    /// `WordHash` `h`: the key is then that word's `WordKey.make`, scalar for scalar.
    func entry(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, hash h: UInt64) -> (key: String, value: Value)? {
        guard fallback == nil, filter[Int(h >> 59)] & (1 << ((h >> 53) & 63)) != 0 else { return nil }
        var slot = WordMap.slot(h, shift)
        while true {
            let k = Int(slots[slot])
            if k < 0 { return nil }
            if hashes[k] == h, scalarStarts[k + 1] - scalarStarts[k] == end - start {
                var i = start
                var j = scalarStarts[k]
                while i < end, QuoteScalar.lowered(s[i]) == scalars[j] {
                    i += 1
                    j += 1
                }
                if i == end { return (keys[k], values[k]) }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Whether `entry` answers for every word: no key could equal another spelling under `==`.
    var matchesByScalars: Bool { fallback == nil }

    func makeIterator() -> Zip2Sequence<[String], [Value]>.Iterator { zip(keys, values).makeIterator() }

    @inline(__always)
    private static func slot(_ h: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}
