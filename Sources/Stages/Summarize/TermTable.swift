/// Distinct words, each given a dense id in order of first insertion.
///
/// Words are lowercased UTF-8 bytes looked up straight from a reusable buffer, so reading a
/// document allocates no `String` per token. (Two words are equal as byte sequences exactly
/// when they are equal as scalar sequences, so ids are those a table of scalars would give.)
struct TermTable: Sendable {
    /// What a look-up compares, together: most words are one chunk, so one entry read
    /// decides a match.
    private struct Entry {
        var hash: UInt64
        var firstChunk: UInt64
        /// Where the chunks after the first are in `laterChunks`.
        var laterStart: Int32
        var length: Int32
    }

    /// In order of insertion: term `i` is `entries[i]`.
    private var entries: [Entry] = []
    /// The second and later chunks of the terms longer than 8 bytes, one after another.
    private var laterChunks: [UInt64] = []
    /// Open addressing: a term id, or -1 for an empty slot; the count is a power of two.
    private var slots: [Int32]

    init(minimumCapacity: Int = 64) {
        var size = 16
        while size < minimumCapacity * 2 { size *= 2 }
        slots = Array(repeating: -1, count: size)
        entries.reserveCapacity(minimumCapacity)
    }

    var count: Int { entries.count }

    /// The id of `word`, whose `hash` is `TermTable.hash(word)`, or nil when it is not in the table.
    func id(of word: PaddedWord, hash: UInt64) -> Int? {
        let id = Int(slots[probe(word, hash: hash)])
        return id < 0 ? nil : id
    }

    /// The id of `word`, whose `hash` is `TermTable.hash(word)`, and whether it was added now.
    mutating func insert(_ word: PaddedWord, hash: UInt64) -> (id: Int, isNew: Bool) {
        let slot = probe(word, hash: hash)
        let found = Int(slots[slot])
        if found >= 0 { return (found, false) }
        let id = entries.count
        entries.append(Entry(
            hash: hash, firstChunk: word.count > 0 ? word.chunk(0) : 0,
            laterStart: Int32(truncatingIfNeeded: laterChunks.count), length: Int32(truncatingIfNeeded: word.count)))
        if word.chunkCount > 1 {
            for index in 1..<word.chunkCount { laterChunks.append(word.chunk(index)) }
        }
        slots[slot] = Int32(truncatingIfNeeded: id)
        if entries.count * 2 > slots.count { grow() }
        return (id, true)
    }

    /// The slot holding `word`, or the empty slot where it would go.
    @inline(__always)
    private func probe(_ word: PaddedWord, hash: UInt64) -> Int {
        let firstChunk = word.count > 0 ? word.chunk(0) : 0
        return slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                let mask = slots.count - 1
                var slot = Int(truncatingIfNeeded: hash) & mask
                while true {
                    let id = Int(slots[slot])
                    if id < 0 { return slot }
                    let entry = entries[id]
                    if entry.hash == hash && entry.firstChunk == firstChunk && Int(entry.length) == word.count
                        && (word.chunkCount <= 1 || laterChunksMatch(entry, word))
                    {
                        return slot
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    private func laterChunksMatch(_ entry: Entry, _ word: PaddedWord) -> Bool {
        let start = Int(entry.laterStart) - 1
        for index in 1..<word.chunkCount where laterChunks[start + index] != word.chunk(index) { return false }
        return true
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        for id in 0..<entries.count {
            var slot = Int(truncatingIfNeeded: entries[id].hash) & (slots.count - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(truncatingIfNeeded: id)
        }
    }

    /// A multiply per chunk (a word is rarely longer than two), then mixed so the low bits
    /// used for slots depend on every byte.
    static func hash(_ word: PaddedWord) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash = UInt64(truncatingIfNeeded: word.count) &* multiplier
        for index in 0..<word.chunkCount {
            hash = (hash ^ word.chunk(index)) &* multiplier
        }
        hash ^= hash >> 32
        hash &*= multiplier
        return hash ^ (hash >> 29)
    }
}

extension TermTable {
    /// Appends the UTF-8 of `scalar` lowercased to `buffer`, with curly apostrophes as `'`.
    static func appendLowercased(_ scalar: Unicode.Scalar, to buffer: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            buffer.append(UInt8(truncatingIfNeeded: value >= 0x41 && value <= 0x5A ? value + 0x20 : value))
        } else {
            appendLowercasedNonASCII(scalar, to: &buffer)
        }
    }

    // Property look-ups stay out of line, off the ASCII path of every token.
    @inline(never)
    private static func appendLowercasedNonASCII(_ scalar: Unicode.Scalar, to buffer: inout [UInt8]) {
        let value = scalar.value
        if value == 0x2019 || value == 0x2018 || value == 0x02BC {
            buffer.append(0x27)
        } else if scalar.properties.changesWhenLowercased {
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                UTF8.encode(lower) { buffer.append($0) }
            }
        } else {
            UTF8.encode(scalar) { buffer.append($0) }
        }
    }
}
