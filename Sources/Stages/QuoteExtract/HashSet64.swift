/// A fixed set of 64-bit hashes in an open-addressing table at most half full: one multiply picks
/// the slot, where `Set<UInt64>` would run SipHash.
struct HashSet64: Sendable {
    /// Slots; 0 marks a free one, and a hash of 0 is kept in `hasZero`.
    private let slots: [UInt64]
    private let shift: UInt64
    private let mask: Int
    private let hasZero: Bool

    init<S: Sequence>(_ hashes: S) where S.Element == UInt64 {
        let unique = Array(Set(hashes))
        var bits: UInt64 = 1
        while (1 << bits) < 2 * unique.count { bits += 1 }
        shift = 64 - bits
        mask = (1 << Int(bits)) - 1
        var slots = [UInt64](repeating: 0, count: 1 << Int(bits))
        for h in unique where h != 0 {
            var slot = HashSet64.slot(h, shift)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = h
        }
        self.slots = slots
        hasZero = unique.contains(0)
    }

    func contains(_ h: UInt64) -> Bool {
        guard h != 0 else { return hasZero }
        var slot = HashSet64.slot(h, shift)
        while true {
            let candidate = slots[slot]
            if candidate == h { return true }
            if candidate == 0 { return false }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private static func slot(_ h: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}
