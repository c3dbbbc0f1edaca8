/// A fixed set of lowercased words for the lexicons, looked up without SipHash.
///
/// `Set<String>` seeds and runs SipHash on every look-up, and the attribution rules look up
/// several words of every window. Here the key's `WordHash` picks a slot of an open-addressing
/// table at most half full; a hit is confirmed with `==`, so the answers are `Set`'s.
struct WordSet: Sequence, Sendable {
    private let words: [String]
    private let hashes: [UInt64]
    private let slots: [Int32]
    private let shift: UInt64
    private let mask: Int

    init(_ list: [String]) {
        var words: [String] = []
        var seen = Set<String>()
        for word in list where seen.insert(word).inserted { words.append(word) }
        var bits: UInt64 = 1
        while (1 << bits) < 2 * words.count { bits += 1 }
        shift = 64 - bits
        mask = (1 << Int(bits)) - 1
        var slots = [Int32](repeating: -1, count: 1 << Int(bits))
        let hashes = words.map(WordHash.of)
        for (k, h) in hashes.enumerated() {
            var slot = WordSet.slot(h, shift)
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(k)
        }
        self.words = words
        self.hashes = hashes
        self.slots = slots
    }

    func contains(_ key: String) -> Bool {
        let h = WordHash.of(key)
        var slot = WordSet.slot(h, shift)
        while true {
            let k = Int(slots[slot])
            if k < 0 { return false }
            if hashes[k] == h, words[k] == key { return true }
            slot = (slot + 1) & mask
        }
    }

    /// This set and `more`.
    func union(_ more: [String]) -> WordSet { WordSet(words + more) }

    func makeIterator() -> IndexingIterator<[String]> { words.makeIterator() }

    @inline(__always)
    private static func slot(_ h: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}
