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

    /// `AsciiClass` bits of each ASCII character.
    static let asciiClasses: [UInt8] = (0..<128).map { (c: UInt32) -> UInt8 in
        var classes: UInt8 = 0
        if isSpace(c) { classes |= AsciiClass.space }
        if c == 0x21 { classes |= AsciiClass.exclamation }
        if c == 0x3F { classes |= AsciiClass.question }
        if isASCIIPunctuation(c) { classes |= AsciiClass.punctuation }
        if c >= 0x61 && c <= 0x7A { classes |= AsciiClass.lower }
        if c >= 0x41 && c <= 0x5A { classes |= AsciiClass.upper }
        if c == 0x27 { classes |= AsciiClass.apostrophe }
        return classes
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

extension PythonText {
    /// The Unicode scalar values of `text` (Python's code points), decoded straight from its
    /// UTF-8: several times faster than mapping `unicodeScalars`.
    static func scalars(of text: String) -> [UInt32] {
        var text = text
        return text.withUTF8 { utf8 in
            [UInt32](unsafeUninitializedCapacity: utf8.count) { buffer, initialized in
                let count = utf8.count
                var i = 0, n = 0
                while i < count {
                    // Runs of ASCII, most of a news text, copy straight across.
                    while i < count && utf8[i] < 0x80 {
                        buffer[n] = UInt32(utf8[i])
                        n += 1
                        i += 1
                    }
                    guard i < count else { break }
                    let lead = UInt32(utf8[i])
                    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                    // A Swift String is valid UTF-8; the guard only keeps a bad one from overrunning.
                    guard i + length <= count else { break }
                    var scalar = lead & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
                    for k in 1..<length {
                        scalar = scalar << 6 | (UInt32(utf8[i + k]) & 0x3F)
                    }
                    buffer[n] = scalar
                    n += 1
                    i += length
                }
                initialized = n
            }
        }
    }
}
