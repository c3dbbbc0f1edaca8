/// The lexicon's keys of one to eight bytes, looked up without a branch on whether a word
/// is there.
///
/// About a quarter of a news text's words are in the table (`the`, `of` and `to` start
/// phrases), in no order a processor can predict, so a lookup whose path depends on the
/// answer mispredicts often. Here every lookup does the same work: a key may sit in either
/// of two buckets of four slots (the emptier one when it was built), both buckets are read
/// and the slot whose key equals the word selected without a branch.
///
/// A slot is a key, packed little-endian and zero-padded, and its entry: the key's length,
/// traits and rule in the low 24 bits and its id plus one above bit 32, so that an empty
/// slot (entry 0) reads as id -1, no traits and no rule. As the padding is zeros, two keys
/// pack alike only if one has a NUL byte: a lexicon with such a short key gets no table.
struct ShortWordTable: Sendable {
    /// Bucket b is keys at 8b ..< 8b + 4 and their entries at 8b + 4 ..< 8b + 8.
    private let slots: [UInt64]
    private let bucketMask: Int

    static var maxLength: Int { 8 }

    /// The table of `keys` (at most eight bytes each, unique) with their `entries`, placing
    /// each by `hash` of its packed form; nil if a key has a NUL byte.
    init?(keys: [UInt64], lengths: [Int], entries: [UInt64], hash: (UInt64, Int) -> UInt64) {
        for (key, length) in zip(keys, lengths) {
            for k in 0..<length where key >> UInt64(k * 8) & 0xFF == 0 { return nil }
        }
        // Half the slots used at most; a bucket that overflows doubles the table.
        var buckets = 4
        while buckets * 4 < keys.count * 2 { buckets *= 2 }
        while true {
            if let built = Self.place(keys, lengths, entries, buckets: buckets, hash: hash) {
                slots = built
                bucketMask = buckets - 1
                return
            }
            buckets *= 2
        }
    }

    private static func place(
        _ keys: [UInt64], _ lengths: [Int], _ entries: [UInt64], buckets: Int, hash: (UInt64, Int) -> UInt64
    ) -> [UInt64]? {
        var slots = [UInt64](repeating: 0, count: buckets * 8)
        var used = [Int](repeating: 0, count: buckets)
        for index in keys.indices {
            let (first, second) = Self.buckets(hash(keys[index], lengths[index]), mask: buckets - 1)
            let bucket = used[second] < used[first] ? second : first
            guard used[bucket] < 4 else { return nil }
            slots[bucket * 8 + used[bucket]] = keys[index]
            slots[bucket * 8 + 4 + used[bucket]] = entries[index]
            used[bucket] += 1
        }
        return slots
    }

    /// The two buckets of a key whose hash is `hash`: from its low and its high half.
    @inline(__always)
    private static func buckets(_ hash: UInt64, mask: Int) -> (Int, Int) {
        (Int(truncatingIfNeeded: hash) & mask, Int(truncatingIfNeeded: hash >> 32) & mask)
    }

    /// The entry of the word packed as `w0` (`length` bytes, zero-padded), 0 when absent.
    @inline(__always)
    func entry(_ w0: UInt64, length: Int, hash: UInt64) -> UInt64 {
        let (first, second) = Self.buckets(hash, mask: bucketMask)
        return slots.withUnsafeBufferPointer { slots in
            guard let base = slots.baseAddress else { return 0 }
            // Vector selects: a select of loaded values per slot would be compiled to branches.
            @inline(__always) func matching(_ bucket: Int) -> SIMD4<UInt64> {
                let p = UnsafeRawPointer(base + bucket &* 8)
                let keys = p.loadUnaligned(as: SIMD4<UInt64>.self)
                let entries = p.loadUnaligned(fromByteOffset: 32, as: SIMD4<UInt64>.self)
                return SIMD4(repeating: 0).replacing(with: entries, where: keys .== SIMD4(repeating: w0))
            }
            let lanes = matching(first) | matching(second)
            let found = lanes[0] | lanes[1] | lanes[2] | lanes[3]
            // A word with NUL bytes packs like the shorter key before them.
            return Int(truncatingIfNeeded: found & 0xFF) == length ? found : 0
        }
    }
}
