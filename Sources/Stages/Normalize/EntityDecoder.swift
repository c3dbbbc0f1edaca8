/// Decodes HTML character references: `&amp;`, `&#8217;`, `&#x2019;` and the named
/// entities news text carries (quotes, dashes, spaces, currency, accented letters).
///
/// A reference needs its final `;`; an unknown name or an invalid code point is left as
/// written.
enum EntityDecoder {
    static let named: [String: [UInt32]] = [
        "amp": [0x26], "lt": [0x3C], "gt": [0x3E], "quot": [0x22], "apos": [0x27], "nbsp": [0xA0],
        "ensp": [0x2002], "emsp": [0x2003], "thinsp": [0x2009], "zwnj": [0x200C], "zwj": [0x200D],
        "lrm": [0x200E], "rlm": [0x200F], "shy": [0xAD],
        "ndash": [0x2013], "mdash": [0x2014], "lsquo": [0x2018], "rsquo": [0x2019], "sbquo": [0x201A],
        "ldquo": [0x201C], "rdquo": [0x201D], "bdquo": [0x201E], "laquo": [0xAB], "raquo": [0xBB],
        "lsaquo": [0x2039], "rsaquo": [0x203A], "hellip": [0x2026], "bull": [0x2022], "middot": [0xB7],
        "prime": [0x2032], "Prime": [0x2033], "dagger": [0x2020], "Dagger": [0x2021], "permil": [0x2030],
        "copy": [0xA9], "reg": [0xAE], "trade": [0x2122], "euro": [0x20AC], "pound": [0xA3], "yen": [0xA5],
        "cent": [0xA2], "curren": [0xA4], "deg": [0xB0], "sect": [0xA7], "para": [0xB6], "plusmn": [0xB1],
        "times": [0xD7], "divide": [0xF7], "frac12": [0xBD], "frac14": [0xBC], "frac34": [0xBE],
        "sup1": [0xB9], "sup2": [0xB2], "sup3": [0xB3], "micro": [0xB5], "iexcl": [0xA1], "iquest": [0xBF],
        "ordf": [0xAA], "ordm": [0xBA], "not": [0xAC], "macr": [0xAF], "acute": [0xB4], "cedil": [0xB8],
        "uml": [0xA8], "brvbar": [0xA6], "minus": [0x2212], "larr": [0x2190], "rarr": [0x2192],
        "uarr": [0x2191], "darr": [0x2193], "hearts": [0x2665],
        "Agrave": [0xC0], "Aacute": [0xC1], "Acirc": [0xC2], "Atilde": [0xC3], "Auml": [0xC4], "Aring": [0xC5],
        "AElig": [0xC6], "Ccedil": [0xC7], "Egrave": [0xC8], "Eacute": [0xC9], "Ecirc": [0xCA], "Euml": [0xCB],
        "Igrave": [0xCC], "Iacute": [0xCD], "Icirc": [0xCE], "Iuml": [0xCF], "ETH": [0xD0], "Ntilde": [0xD1],
        "Ograve": [0xD2], "Oacute": [0xD3], "Ocirc": [0xD4], "Otilde": [0xD5], "Ouml": [0xD6], "Oslash": [0xD8],
        "Ugrave": [0xD9], "Uacute": [0xDA], "Ucirc": [0xDB], "Uuml": [0xDC], "Yacute": [0xDD], "THORN": [0xDE],
        "szlig": [0xDF], "agrave": [0xE0], "aacute": [0xE1], "acirc": [0xE2], "atilde": [0xE3], "auml": [0xE4],
        "aring": [0xE5], "aelig": [0xE6], "ccedil": [0xE7], "egrave": [0xE8], "eacute": [0xE9], "ecirc": [0xEA],
        "euml": [0xEB], "igrave": [0xEC], "iacute": [0xED], "icirc": [0xEE], "iuml": [0xEF], "eth": [0xF0],
        "ntilde": [0xF1], "ograve": [0xF2], "oacute": [0xF3], "ocirc": [0xF4], "otilde": [0xF5], "ouml": [0xF6],
        "oslash": [0xF8], "ugrave": [0xF9], "uacute": [0xFA], "ucirc": [0xFB], "uuml": [0xFC], "yacute": [0xFD],
        "thorn": [0xFE], "yuml": [0xFF], "OElig": [0x152], "oelig": [0x153], "Scaron": [0x160],
        "scaron": [0x161], "Yuml": [0x178], "fnof": [0x192], "circ": [0x2C6], "tilde": [0x2DC],
        "alpha": [0x3B1], "beta": [0x3B2], "gamma": [0x3B3], "delta": [0x3B4], "mu": [0x3BC], "pi": [0x3C0],
    ]

    /// One pass of decoding over `stream`.
    static func apply(_ stream: ScalarStream) -> ScalarStream? {
        let s = stream.scalars
        let n = s.count
        var builder = ScalarStreamBuilder(stream)
        var copiedUpTo = 0
        var i = 0
        while i < n {
            guard s[i] == 0x26 else { i += 1; continue }
            guard var (end, value) = reference(s, at: i) else { i += 1; continue }
            // A decoded `&` starts a reference with what follows (`&amp;amp;lt;` is `<`): decoded
            // here, a chain of any depth settles in one pass. One level a pass needed more
            // passes than the normalizer runs, so normalizing again changed the text.
            while value == [0x26], let (next, decoded) = reference(s, at: end - 1) {
                end = next
                value = decoded
            }
            builder.copy(copiedUpTo..<i)
            builder.replace(i..<end, with: value)
            i = end
            copiedUpTo = end
        }
        guard builder.changed else { return nil }
        builder.copy(copiedUpTo..<n)
        return builder.finish()
    }

    /// The reference starting with `&` at `i`: its end (after `;`) and its scalars.
    private static func reference(_ s: [UInt32], at i: Int) -> (Int, [UInt32])? {
        let n = s.count
        var k = i + 1
        guard k < n else { return nil }
        if s[k] == 0x23 {  // &#…;
            k += 1
            var hex = false
            if k < n && (s[k] == 0x78 || s[k] == 0x58) { hex = true; k += 1 }
            let digitsStart = k
            var value: UInt32 = 0
            while k < n && k - digitsStart < 8 {
                let c = s[k]
                let digit: UInt32
                if c >= 0x30 && c <= 0x39 { digit = c - 0x30 }
                else if hex && c >= 0x61 && c <= 0x66 { digit = c - 0x61 + 10 }
                else if hex && c >= 0x41 && c <= 0x46 { digit = c - 0x41 + 10 }
                else { break }
                value = value * (hex ? 16 : 10) + digit
                k += 1
            }
            guard k > digitsStart, k < n, s[k] == 0x3B, value > 0, value <= 0x10FFFF,
                !(0xD800...0xDFFF).contains(value)
            else { return nil }
            // Numeric references to 0x80–0x9F mean Windows-1252 in practice (&#146; is ’).
            if value >= 0x80 && value <= 0x9F, let mapped = windows1252(value) { value = mapped }
            return (k + 1, [value])
        }
        let nameStart = k
        while k < n && k - nameStart < 10 && ScalarClass.isAlnumASCII(s[k]) { k += 1 }
        guard k > nameStart, k < n, s[k] == 0x3B else { return nil }
        var name = ""
        for m in nameStart..<k { name.unicodeScalars.append(Unicode.Scalar(UInt8(s[m]))) }
        guard let value = named[name] else { return nil }
        return (k + 1, value)
    }

    private static func windows1252(_ value: UInt32) -> UInt32? {
        for candidate in [0x20AC, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
                          0x0152, 0x017D, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
                          0x0161, 0x203A, 0x0153, 0x017E, 0x0178] as [UInt32]
        where MojibakeRepair.byte(candidate) == UInt8(value) {
            return candidate
        }
        return nil
    }
}
