/// A text's UTF-8 bytes addressed by Unicode scalar offset, without an array of its scalars.
///
/// Spans count scalars, but the text is stored as UTF-8: copying it into `[Unicode.Scalar]`
/// cost four bytes per scalar and a pass over the text per document. Here a cursor remembers
/// the last scalar offset it resolved, so the ascending look-ups of a document (sentences,
/// then their tokens) walk the bytes once; an all-ASCII text needs no walk at all.
///
/// The bytes must be valid UTF-8 (a `String`'s are) and must outlive the value.
struct UTF8ScalarText {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The number of scalars.
    let count: Int
    /// The cursor: scalar `scalar` starts at byte `byte`.
    private var scalar = 0
    private var byte = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        count = bytes.count - Self.continuationBytes(bytes)
    }

    /// The number of bytes `10xxxxxx`, eight at a time: a byte whose top bit is set and whose
    /// next bit is clear.
    private static func continuationBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var count = 0
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            count += (word & ~(word << 1) & highBits).nonzeroBitCount
            offset += 8
        }
        while offset < bytes.count {
            if bytes[offset] & 0xC0 == 0x80 { count += 1 }
            offset += 1
        }
        return count
    }

    var isASCII: Bool { count == bytes.count }

    /// The byte offset where scalar `offset` starts (`bytes.count` for `count`), for
    /// `0 <= offset <= count`.
    mutating func byteOffset(ofScalar offset: Int) -> Int {
        precondition(offset >= 0 && offset <= count, "scalar offset out of range")
        if isASCII { return offset }
        if offset < scalar - offset {
            scalar = 0
            byte = 0
        }
        while scalar < offset {
            byte += Self.sequenceLength(bytes[byte])
            scalar += 1
        }
        while scalar > offset {
            byte -= 1
            while bytes[byte] & 0xC0 == 0x80 { byte -= 1 }
            scalar -= 1
        }
        return byte
    }

    /// The bytes of scalars `range`, clamped to the text.
    mutating func bytes(ofScalars range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        let start = byteOffset(ofScalar: min(max(0, range.lowerBound), count))
        let end = byteOffset(ofScalar: min(max(0, range.upperBound), count))
        return UnsafeBufferPointer(rebasing: bytes[start..<max(start, end)])
    }

    /// How many bytes of the text may be read from the start of `slice`, one of its slices.
    func readableBytes(from slice: UnsafeBufferPointer<UInt8>) -> Int {
        guard let start = slice.baseAddress, let base = bytes.baseAddress else { return 0 }
        return bytes.count - (start - base)
    }

    /// The scalar value whose encoding starts at byte `index` of valid UTF-8 `bytes`, and the
    /// index after it.
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, next: Int) {
        let lead = UInt32(bytes[index])
        func continuation(_ offset: Int) -> UInt32 { UInt32(bytes[index + offset] & 0x3F) }
        switch sequenceLength(bytes[index]) {
        case 1: return (lead, index + 1)
        case 2: return ((lead & 0x1F) << 6 | continuation(1), index + 2)
        case 3: return ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), index + 3)
        default:
            return ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), index + 4)
        }
    }

    /// The length of the sequence a lead byte starts.
    @inline(__always)
    static func sequenceLength(_ lead: UInt8) -> Int {
        if lead < 0x80 { return 1 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        return 4
    }
}
