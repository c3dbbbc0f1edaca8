/// A code unit wide enough to hold each scalar of a text: `UInt32` holds any scalar,
/// `UInt8` those below U+0100 (ASCII and Latin-1, the whole of most English news).
protocol ScalarUnit: FixedWidthInteger, UnsignedInteger, Sendable {
    /// The end of the run of ASCII letters and digits in `units` from `start`, at most `end`.
    static func alnumRunEnd(_ units: UnsafeBufferPointer<Self>, from start: Int, to end: Int) -> Int
}

extension UInt32: ScalarUnit {
    /// Eight scalars at a time: a mask of the run's scalars, built without branches, and
    /// its trailing ones give the end, where a scalar-by-scalar loop took a mispredicted
    /// branch at the end of nearly every word.
    @inline(__always)
    static func alnumRunEnd(_ units: UnsafeBufferPointer<UInt32>, from start: Int, to end: Int) -> Int {
        var k = start
        while k + 8 <= end {
            var bits: UInt32 = 0
            for lane in 0..<8 {
                let c = units[k &+ lane]
                // Letters by folding case (`A` | 0x20 is `a`); no other scalar folds into a–z.
                let alnum = (c | 0x20) &- 0x61 < 26 || c &- 0x30 < 10
                bits |= (alnum ? 1 : 0) << UInt32(lane)
            }
            if bits != 0xFF { return k + (~bits).trailingZeroBitCount }
            k += 8
        }
        while k < end && ScalarClass.isAlnumASCII(units[k]) { k += 1 }
        return k
    }
}

extension UInt8: ScalarUnit {
    /// Eight bytes in one 64-bit word: each byte's range tests done at once on its low
    /// seven bits (no carry crosses into the next byte), bytes of U+0080–U+00FF excluded.
    @inline(__always)
    static func alnumRunEnd(_ units: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var k = start
        if let base = units.baseAddress.map(UnsafeRawPointer.init) {
            let high: UInt64 = 0x8080_8080_8080_8080
            let ones: UInt64 = 0x0101_0101_0101_0101
            while k + 8 <= end {
                let w = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: k, as: UInt64.self))
                let low = w & ~high
                // a–z after folding case: 0x61 ≤ x | 0x20 ≤ 0x7A; digits: 0x30 ≤ x ≤ 0x39.
                let folded = low | (0x20 &* ones)
                let letters = (folded &+ (0x1F &* ones)) & ~(folded &+ (0x05 &* ones))
                let digits = (low &+ (0x50 &* ones)) & ~(low &+ (0x46 &* ones))
                let outside = ~(letters | digits) | w
                let stop = outside & high
                if stop != 0 { return k + stop.trailingZeroBitCount / 8 }
                k += 8
            }
        }
        while k < end && ScalarClass.isAlnumASCII(UInt32(units[k])) { k += 1 }
        return k
    }
}

/// A text's scalar values stored one per unit and read as `UInt32` whatever the unit, so
/// the scanning code is written once and compiled for both widths. Offsets are scalar
/// offsets either way. Valid while the storage `base` points into is alive.
struct ScalarUnits<Unit: ScalarUnit>: RandomAccessCollection {
    typealias Indices = Range<Int>

    let base: UnsafeBufferPointer<Unit>

    init(_ base: UnsafeBufferPointer<Unit>) {
        self.base = base
    }

    var startIndex: Int { 0 }
    var endIndex: Int { base.count }

    @inline(__always)
    subscript(position: Int) -> UInt32 {
        UInt32(truncatingIfNeeded: base[position])
    }
}
