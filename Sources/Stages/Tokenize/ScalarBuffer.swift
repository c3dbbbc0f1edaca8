/// A text decoded to Unicode scalar values in one pass, with what later passes want to
/// know without scanning again: where lines break and which kinds of scalars occur.
struct ScalarBuffer {
    var scalars: [UInt32]
    /// Offsets of line-break scalars (LF, VT, FF, CR, NEL, U+2028, U+2029); a CR LF pair
    /// is recorded once, at the LF.
    var lineBreaks: [Int]
    /// Whether any scalar is outside ASCII.
    var hasNonASCII = false
    /// Whether any `&` occurs (HTML references).
    var hasAmpersand = false
    /// Whether any control or format scalar other than line breaks occurs.
    var hasInvisible = false
    /// Whether any whitespace other than single spaces between words and line breaks occurs
    /// (tabs, no-break spaces, runs of spaces, spaces next to line breaks).
    var hasIrregularSpace = false
    /// Whether any scalar could lead a run of mojibake (Â…ô, U+00C2–U+00F4).
    var hasMojibakeLead = false
    /// Whether any scalar is one NFC may rewrite (`UnicodeComposition.isStableUnderNFC`).
    var hasNFCUnstable = false
    /// Whether any scalar may join a neighbour into a grapheme cluster: a CR, or one that
    /// `GraphemeGuard.joinsNothing` does not vouch for.
    var hasClusterJoiner = false

    /// Decodes `text`. With `notingCleanness` false (the tokenizer, which asks only for the
    /// scalars, the line breaks, `hasNonASCII` and `hasClusterJoiner`), runs of printable
    /// ASCII skip the tests for `&`, DEL and spacing, and the facts those tests feed are set
    /// to their cautious value, true.
    @inline(__always)
    init(_ text: String, notingCleanness: Bool = true) {
        var text = text
        text.makeContiguousUTF8()
        var lineBreaks: [Int] = []
        // Room for a line break every 128 bytes, as in paragraphed news text, so the array
        // seldom grows one doubling at a time.
        lineBreaks.reserveCapacity(text.utf8.count / 128 + 4)
        var nonASCII = false, ampersand = false, invisible = false, irregular = false
        var mojibakeLead = false, nfcUnstable = false, clusterJoiner = false
        let byteCount = text.utf8.count
        let scalars = text.utf8.withContiguousStorageIfAvailable { bytes -> [UInt32] in
            [UInt32](unsafeUninitializedCapacity: byteCount) { out, initialized in
                var previous: UInt32 = 0x0A
                var i = 0
                var n = 0
                let base = UnsafeRawPointer(bytes.baseAddress!)
                while i < byteCount {
                    // Eight bytes at a time while they are printable ASCII or spaces without `&`
                    // (SWAR: per-byte tests on a 64-bit word).
                    if i + 8 <= byteCount {
                        let w = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                        if w & 0x8080_8080_8080_8080 == 0
                            && Self.zeroBytes(w & 0xE0E0_E0E0_E0E0_E0E0) == 0
                            && (!notingCleanness
                                || (Self.zeroBytes(w ^ 0x2626_2626_2626_2626) == 0
                                    && Self.zeroBytes(w ^ 0x7F7F_7F7F_7F7F_7F7F) == 0))
                        {
                            if notingCleanness {
                                let spaces = Self.zeroBytes(w ^ 0x2020_2020_2020_2020)
                                let before: UInt64 = previous == 0x20 || previous == 0x0A ? 0x80 : 0
                                if spaces & ((spaces << 8) | before) != 0 { irregular = true }
                            }
                            // Two bytes widened per 64-bit store (little-endian: the first scalar is
                            // the low half), half the stores of one per scalar.
                            let target = UnsafeMutableRawPointer(out.baseAddress! + n)
                            for pair in 0..<4 {
                                let bytes = w >> (16 * UInt64(pair))
                                let two = (bytes & 0xFF) | (bytes & 0xFF00) << 24
                                target.storeBytes(of: two, toByteOffset: 8 * pair, as: UInt64.self)
                            }
                            previous = UInt32(truncatingIfNeeded: w >> 56)
                            i += 8
                            n += 8
                            continue
                        }
                    }
                    let b = bytes[i]
                    var c = UInt32(b)
                    if b < 0x80 {
                        i += 1
                        // Printable ASCII and the space, without unpredictable branches.
                        if c &- 0x20 < 0x5F {
                            let space = c == 0x20
                            let afterSpaceOrBreak = previous == 0x20 || previous == 0x0A
                            irregular = irregular || (space && afterSpaceOrBreak)
                            ampersand = ampersand || c == 0x26
                            previous = c
                            out[n] = c
                            n += 1
                            continue
                        }
                    } else {
                        // Valid UTF-8 (a Swift String): the lead byte gives the length.
                        if b < 0xE0 {
                            c = (c & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                            i += 2
                        } else if b < 0xF0 {
                            c = (c & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                            i += 3
                        } else {
                            c = (c & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                                | UInt32(bytes[i + 3] & 0x3F)
                            i += 4
                        }
                        nonASCII = true
                        // Facts that let `normalize` skip whole passes over clean text.
                        mojibakeLead = mojibakeLead || (c >= 0xC2 && c <= 0xF4)
                        nfcUnstable = nfcUnstable || !UnicodeComposition.isStableUnderNFC(c)
                        clusterJoiner = clusterJoiner || !GraphemeGuard.joinsNothing(c)
                    }
                    if c == 0x0D { clusterJoiner = true }
                    if c == 0x0A {
                        if previous == 0x20 { irregular = true }
                        if previous == 0x0D { lineBreaks[lineBreaks.count - 1] = n } else { lineBreaks.append(n) }
                    } else if ScalarClass.isLineBreak(c) {
                        lineBreaks.append(n)
                        irregular = true
                    } else if ScalarClass.isWhitespace(c) {
                        irregular = true
                    } else if c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xAD || (c >= 0x200B && c <= 0x200F)
                        || (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF
                    {
                        invisible = true
                    }
                    previous = c
                    out[n] = c
                    n += 1
                }
                if previous == 0x20 { irregular = true }
                initialized = n
            }
        } ?? []
        self.scalars = scalars
        self.lineBreaks = lineBreaks
        hasNonASCII = nonASCII
        hasAmpersand = ampersand || !notingCleanness
        hasInvisible = invisible || !notingCleanness
        hasIrregularSpace = irregular || !notingCleanness
        hasMojibakeLead = mojibakeLead || !notingCleanness
        hasNFCUnstable = nfcUnstable || !notingCleanness
        hasClusterJoiner = clusterJoiner
    }

    /// 0x80 in each byte of `x` that is zero, 0 elsewhere (exact, no borrow between bytes).
    @inline(__always)
    static func zeroBytes(_ x: UInt64) -> UInt64 {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((x & low7) &+ low7) | x | low7)
    }
}
