/// Python 3.11's character classes, as the reference's string methods apply them.
enum PythonText {
    /// `str.isspace()` of one code point, the separators of `str.split()`.
    @inline(__always)
    static func isSpace(_ c: UInt32) -> Bool {
        if c < 0x80 { return c == 0x20 || (0x09...0x0D).contains(c) || (0x1C...0x1F).contains(c) }
        switch c {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// In `string.punctuation`: the 32 ASCII punctuation and symbol characters, and no others.
    @inline(__always)
    static func isASCIIPunctuation(_ c: UInt32) -> Bool {
        (0x21...0x2F).contains(c) || (0x3A...0x40).contains(c) || (0x5B...0x60).contains(c) || (0x7B...0x7E).contains(c)
    }

    /// News mode: `string.punctuation` plus every Unicode punctuation character (curly
    /// quotes, dashes, ellipsis, guillemets, …).
    static func isPunctuationForNews(_ c: UInt32) -> Bool {
        if c < 0x80 { return isASCIIPunctuation(c) }
        guard let scalar = Unicode.Scalar(c) else { return false }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    /// Marks news text uses for an apostrophe: ’ ‘ ʼ ′.
    @inline(__always)
    static func isApostropheVariant(_ c: UInt32) -> Bool {
        c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x2032
    }

    /// `str.isupper()`: at least one cased character, and no lowercase or titlecase one.
    static func isUpper<C: Collection>(_ word: C) -> Bool where C.Element == UInt32 {
        var cased = false
        for c in word {
            if c < 0x80 {
                if c >= 0x61 && c <= 0x7A { return false }
                if c >= 0x41 && c <= 0x5A { cased = true }
                continue
            }
            guard let scalar = Unicode.Scalar(c) else { continue }
            let properties = scalar.properties
            if properties.isLowercase || properties.generalCategory == .titlecaseLetter { return false }
            if properties.isUppercase { cased = true }
        }
        return cased
    }
}
