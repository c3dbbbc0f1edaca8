/// Lowercases one word's UTF-8 bytes at a time into reused storage, for table look-ups.
///
/// An ASCII word (nearly every word of English news) is lowercased eight bytes at a time;
/// any other goes through `TermTable.appendLowercased`'s Unicode rules. The storage is
/// manual (no array, no closure) because this runs once per word, and retain/release
/// traffic around a closure cost more than the lowercasing itself. Call `deallocate()`
/// when done.
struct WordLowercaser {
    private var scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 128, alignment: 8)
    private var other: [UInt8] = []

    /// `bytes` lowercased (curly apostrophes as `'`, as `TermTable` does); valid until the
    /// next call. `readable` bytes from `bytes.baseAddress` may be read (at least
    /// `bytes.count`): whole chunks are loaded when they fit in it.
    mutating func lowercase(_ bytes: UnsafeBufferPointer<UInt8>, readable: Int) -> PaddedWord {
        let chunkCount = (bytes.count + 7) >> 3
        if let base = bytes.baseAddress, chunkCount << 3 <= min(readable, scratch.count) {
            let source = UnsafeRawPointer(base)
            var isASCII = true
            for index in 0..<chunkCount {
                var chunk = UInt64(littleEndian: source.loadUnaligned(fromByteOffset: index << 3, as: UInt64.self))
                chunk &= PaddedWord.mask(keeping: bytes.count - (index << 3))
                if chunk & 0x8080_8080_8080_8080 != 0 {
                    isASCII = false
                    break
                }
                scratch.storeBytes(of: Self.lowercasedASCII(chunk).littleEndian, toByteOffset: index << 3, as: UInt64.self)
            }
            if isASCII { return PaddedWord(base: UnsafeRawPointer(scratch.baseAddress!), count: bytes.count) }
        }
        other.removeAll(keepingCapacity: true)
        var index = 0
        while index < bytes.count {
            let (value, next) = UTF8ScalarText.scalar(in: bytes, at: index)
            TermTable.appendLowercased(Unicode.Scalar(value) ?? "\u{FFFD}", to: &other)
            index = next
        }
        return padded(other)
    }

    /// `word`, already lowercased, copied into the scratch area and padded.
    mutating func padded(_ word: [UInt8]) -> PaddedWord {
        let padded = (word.count + 7) & ~7
        if padded > scratch.count {
            scratch.deallocate()
            scratch = .allocate(byteCount: padded, alignment: 8)
        }
        scratch.copyBytes(from: word)
        for index in word.count..<padded { scratch[index] = 0 }
        return PaddedWord(base: UnsafeRawPointer(scratch.baseAddress!), count: word.count)
    }

    func deallocate() {
        scratch.deallocate()
    }

    /// Adds 0x20 to each byte `A`…`Z` of a chunk of ASCII bytes. Each byte stays under 0x80,
    /// so adding a constant below 0x80 never carries into the next byte: its top bit says
    /// whether the byte reached the bound.
    @inline(__always)
    static func lowercasedASCII(_ chunk: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let atLeastA = chunk &+ (0x80 - 0x41) &* ones
        let pastZ = chunk &+ (0x80 - 0x5B) &* ones
        let upper = atLeastA & ~pastZ & (0x80 &* ones)
        return chunk | (upper >> 2)
    }
}
