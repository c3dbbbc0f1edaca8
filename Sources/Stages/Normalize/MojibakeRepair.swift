/// Repairs UTF-8 text that was decoded as Windows-1252 or Latin-1 (`â€™` → `’`, `Ã©` → `é`).
///
/// A run of scalars is repaired only when their Windows-1252 bytes form one complete,
/// valid UTF-8 sequence for a non-ASCII scalar: a lead byte (`Ã`, `â`, `ð`…) followed
/// by exactly the right number of continuation bytes (`€`, `™`, `©`…). Ordinary text
/// never has such runs (`Ã` followed by `©` is not a word in any language we read), so
/// correct accented text is left alone.
enum MojibakeRepair {
    /// Windows-1252's characters for bytes 0x80–0x9F; the five undefined bytes read as C1 controls.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// The byte a scalar came from when UTF-8 was read as Windows-1252 (or Latin-1), if any.
    @inline(__always)
    static func byte(_ c: UInt32) -> UInt8? {
        if c < 0x80 { return nil }
        if c <= 0xFF { return UInt8(c) }
        switch c {
        case 0x20AC: return 0x80
        case 0x201A: return 0x82
        case 0x0192: return 0x83
        case 0x201E: return 0x84
        case 0x2026: return 0x85
        case 0x2020: return 0x86
        case 0x2021: return 0x87
        case 0x02C6: return 0x88
        case 0x2030: return 0x89
        case 0x0160: return 0x8A
        case 0x2039: return 0x8B
        case 0x0152: return 0x8C
        case 0x017D: return 0x8E
        case 0x2018: return 0x91
        case 0x2019: return 0x92
        case 0x201C: return 0x93
        case 0x201D: return 0x94
        case 0x2022: return 0x95
        case 0x2013: return 0x96
        case 0x2014: return 0x97
        case 0x02DC: return 0x98
        case 0x2122: return 0x99
        case 0x0161: return 0x9A
        case 0x203A: return 0x9B
        case 0x0153: return 0x9C
        case 0x017E: return 0x9E
        case 0x0178: return 0x9F
        default: return nil
        }
    }

    /// One pass of repair over `stream`.
    static func apply(_ stream: ScalarStream) -> ScalarStream? {
        let s = stream.scalars
        var builder = ScalarStreamBuilder(stream)
        var i = 0
        var copiedUpTo = 0
        let n = s.count
        while i < n {
            let c = s[i]
            // Lead bytes 0xC2–0xF4 are the Latin-1 letters Â…ô: a cheap first filter.
            guard c >= 0xC2 && c <= 0xF4, i + 1 < n else { i += 1; continue }
            let lead = UInt8(c)
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            guard i + length <= n else { i += 1; continue }
            var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            var valid = true
            for k in 1..<length {
                guard let b = byte(s[i + k]), b & 0xC0 == 0x80 else { valid = false; break }
                value = (value << 6) | UInt32(b & 0x3F)
            }
            // Reject overlong forms, surrogates and out-of-range values, as a UTF-8 decoder would.
            let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
            if valid && value >= minimum && value <= 0x10FFFF && !(0xD800...0xDFFF).contains(value) {
                builder.copy(copiedUpTo..<i)
                builder.replace(i..<(i + length), with: [value])
                i += length
                copiedUpTo = i
            } else {
                i += 1
            }
        }
        guard builder.changed else { return nil }
        builder.copy(copiedUpTo..<n)
        return builder.finish()
    }
}
