/// A word's bytes read as little-endian 8-byte chunks, zero past its end.
///
/// Most words fit in one chunk, so hashing and comparing them is one or two machine words
/// instead of a loop over bytes. The memory must stay valid while the value is used.
struct PaddedWord {
    /// `chunkCount * 8` readable bytes; those from `count` on are zero.
    let base: UnsafeRawPointer
    /// The word's length in bytes.
    let count: Int

    var chunkCount: Int { (count + 7) >> 3 }

    @inline(__always)
    func chunk(_ index: Int) -> UInt64 {
        UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index << 3, as: UInt64.self))
    }

    /// The low `count` bytes of a little-endian chunk (all of them from 8 on).
    @inline(__always)
    static func mask(keeping count: Int) -> UInt64 {
        count >= 8 ? ~0 : (1 << UInt64(count << 3)) &- 1
    }
}
