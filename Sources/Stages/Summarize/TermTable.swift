/// Distinct words, each given a dense id in order of first insertion.
///
/// Words are lowercased Unicode scalar values looked up straight from a reusable buffer, so
/// reading a document allocates no `String` per token.
struct TermTable: Sendable {
    /// The scalars of every term, one after another.
    private var scalars: [UInt32] = []
    /// Term `i` is `scalars[bounds[i]..<bounds[i + 1]]`.
    private var bounds: [Int] = [0]
    private var hashes: [UInt64] = []
    /// Open addressing: a term id, or -1 for an empty slot; the count is a power of two.
    private var slots: [Int32]

    init(minimumCapacity: Int = 64) {
        var size = 16
        while size < minimumCapacity * 2 { size *= 2 }
        slots = Array(repeating: -1, count: size)
    }

    var count: Int { hashes.count }

    /// The id of `word`, or nil when it is not in the table.
    func id(of word: [UInt32]) -> Int? {
        let hash = Self.hash(word)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while true {
            let id = Int(slots[slot])
            if id < 0 { return nil }
            if hashes[id] == hash && matches(id, word) { return id }
            slot = (slot + 1) & (slots.count - 1)
        }
    }

    /// The id of `word`, added when new.
    mutating func insert(_ word: [UInt32]) -> Int {
        let hash = Self.hash(word)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while true {
            let id = Int(slots[slot])
            if id < 0 { break }
            if hashes[id] == hash && matches(id, word) { return id }
            slot = (slot + 1) & (slots.count - 1)
        }
        let id = hashes.count
        hashes.append(hash)
        scalars.append(contentsOf: word)
        bounds.append(scalars.count)
        slots[slot] = Int32(truncatingIfNeeded: id)
        if hashes.count * 2 > slots.count { grow() }
        return id
    }

    private func matches(_ id: Int, _ word: [UInt32]) -> Bool {
        let start = bounds[id]
        guard bounds[id + 1] - start == word.count else { return false }
        for offset in 0..<word.count where scalars[start + offset] != word[offset] { return false }
        return true
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        for id in 0..<hashes.count {
            var slot = Int(truncatingIfNeeded: hashes[id]) & (slots.count - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(truncatingIfNeeded: id)
        }
    }

    /// FNV-1a over the scalar values, then mixed so the low bits used for slots vary.
    private static func hash(_ word: [UInt32]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for value in word {
            hash = (hash ^ UInt64(value)) &* 0x100_0000_01b3
        }
        return hash ^ (hash >> 29)
    }
}

extension TermTable {
    /// Appends `scalar` lowercased to `buffer`, with curly apostrophes as `'`.
    static func appendLowercased(_ scalar: Unicode.Scalar, to buffer: inout [UInt32]) {
        let value = scalar.value
        if value < 0x80 {
            buffer.append(value >= 0x41 && value <= 0x5A ? value + 0x20 : value)
        } else if value == 0x2019 || value == 0x2018 || value == 0x02BC {
            buffer.append(0x27)
        } else if scalar.properties.changesWhenLowercased {
            for lower in scalar.properties.lowercaseMapping.unicodeScalars { buffer.append(lower.value) }
        } else {
            buffer.append(value)
        }
    }
}
