/// A fixed set of `PackedWord`s for the lexicon look-ups in the scanning loops.
///
/// `Set` hashes with a seeded SipHash, which cost more than the rest of a look-up: the
/// scanner asks after most words that end in a period or hold a hyphen. Here one
/// multiply picks a slot of an open-addressing table at most half full.
struct PackedWordSet: ExpressibleByArrayLiteral, Sendable {
    /// Slots holding the words; the empty word marks a free slot (no word is empty).
    private let slots: [PackedWord]
    private let shift: UInt64
    private let mask: Int

    init(arrayLiteral words: PackedWord...) {
        self.init(words)
    }

    init(_ words: [PackedWord]) {
        var bits: UInt64 = 1
        while (1 << bits) < 2 * words.count { bits += 1 }
        shift = 64 - bits
        mask = (1 << Int(bits)) - 1
        var slots = [PackedWord](repeating: PackedWord(), count: 1 << Int(bits))
        for word in words where !word.isEmpty {
            var slot = Self.slot(word, shift)
            while !slots[slot].isEmpty && slots[slot] != word { slot = (slot + 1) & mask }
            slots[slot] = word
        }
        self.slots = slots
    }

    /// The words of the set, in no particular order.
    var words: [PackedWord] { slots.filter { !$0.isEmpty } }

    func contains(_ word: PackedWord) -> Bool {
        guard !word.isEmpty else { return false }
        var slot = Self.slot(word, shift)
        while true {
            let candidate = slots[slot]
            if candidate == word { return true }
            if candidate.isEmpty { return false }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private static func slot(_ word: PackedWord, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (word.mixed &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}
