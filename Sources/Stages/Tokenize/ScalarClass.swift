/// Fast character classes over Unicode scalar values, with an ASCII table and
/// stdlib property look-ups only for non-ASCII scalars.
enum ScalarClass {
    @inline(__always)
    static func isWhitespace(_ c: UInt32) -> Bool {
        if c < 0x80 { return c == 0x20 || (c >= 0x09 && c <= 0x0D) }
        switch c {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    /// A line break: LF, VT, FF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.
    @inline(__always)
    static func isLineBreak(_ c: UInt32) -> Bool {
        (c >= 0x0A && c <= 0x0D) || c == 0x85 || c == 0x2028 || c == 0x2029
    }

    @inline(__always)
    static func isDigit(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 0x30 && c <= 0x39 }
        return isDigitSlow(c)
    }

    // Property look-ups stay out of line: their resilient types cost every caller a
    // stack frame, which the ASCII paths above should not pay.
    @inline(never)
    private static func isDigitSlow(_ c: UInt32) -> Bool {
        guard let s = Unicode.Scalar(c) else { return false }
        return s.properties.numericType == .decimal
    }

    @inline(__always)
    static func isASCIIDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }

    @inline(__always)
    static func isUpper(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 0x41 && c <= 0x5A }
        return isUpperSlow(c)
    }

    @inline(never)
    private static func isUpperSlow(_ c: UInt32) -> Bool {
        guard let s = Unicode.Scalar(c) else { return false }
        return s.properties.isUppercase
    }

    @inline(__always)
    static func isLower(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 0x61 && c <= 0x7A }
        return isLowerSlow(c)
    }

    @inline(never)
    private static func isLowerSlow(_ c: UInt32) -> Bool {
        guard let s = Unicode.Scalar(c) else { return false }
        return s.properties.isLowercase
    }

    /// A scalar that belongs inside a word: a letter, a digit, a combining mark, or a
    /// joiner that glues a grapheme cluster together.
    @inline(__always)
    static func isWordScalar(_ c: UInt32) -> Bool {
        if c < 0x80 {
            return (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39)
        }
        if c == 0x200C || c == 0x200D { return true }
        // General punctuation and currency signs (’ “ — € …), frequent in news: no look-up.
        if c >= 0x2000 && c <= 0x20CF { return false }
        return isWordScalarSlow(c)
    }

    @inline(never)
    private static func isWordScalarSlow(_ c: UInt32) -> Bool {
        guard let s = Unicode.Scalar(c) else { return false }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber,
             .nonspacingMark, .spacingMark, .enclosingMark:
            return s.properties.isEmojiPresentation == false || c < 0x2000
        default:
            return false
        }
    }

    @inline(__always)
    static func isAlnumASCII(_ c: UInt32) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39)
    }

    @inline(__always)
    static func isLetter(_ c: UInt32) -> Bool {
        if c < 0x80 { return (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) }
        return isLetterSlow(c)
    }

    @inline(never)
    private static func isLetterSlow(_ c: UInt32) -> Bool {
        guard let s = Unicode.Scalar(c) else { return false }
        return s.properties.isAlphabetic
    }

    /// Extends the grapheme cluster before it (combining marks, joiners, variation
    /// selectors, emoji modifiers and tags).
    @inline(__always)
    static func isExtender(_ c: UInt32) -> Bool {
        if c < 0x300 { return false }
        switch c {
        case 0x200C, 0x200D, 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F, 0xE0100...0xE01EF: return true
        case 0x2010...0x20CF: return false
        default: break
        }
        return isExtenderSlow(c)
    }

    @inline(never)
    private static func isExtenderSlow(_ c: UInt32) -> Bool {
        guard let s = Unicode.Scalar(c) else { return false }
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// A pictographic scalar that starts an emoji token.
    @inline(__always)
    static func isEmojiStart(_ c: UInt32) -> Bool {
        if c < 0x2000 { return c == 0xA9 || c == 0xAE }
        if c >= 0x1F1E6 && c <= 0x1F1FF { return true }  // regional indicators
        return isEmojiStartSlow(c)
    }

    @inline(never)
    private static func isEmojiStartSlow(_ c: UInt32) -> Bool {
        guard let s = Unicode.Scalar(c) else { return false }
        return s.properties.isEmoji && (s.properties.isEmojiPresentation || c >= 0x2100)
    }

    @inline(__always)
    static func isRegionalIndicator(_ c: UInt32) -> Bool { c >= 0x1F1E6 && c <= 0x1F1FF }

    /// Opening quotes and brackets.
    @inline(__always)
    static func isOpening(_ c: UInt32) -> Bool {
        switch c {
        case 0x28, 0x5B, 0x7B, 0x201C, 0x2018, 0xAB, 0x201E, 0x201A, 0x2039, 0x300C, 0x300E, 0xFF08: return true
        default: return false
        }
    }

    /// Closing quotes and brackets (straight quotes count as either).
    @inline(__always)
    static func isClosing(_ c: UInt32) -> Bool {
        switch c {
        case 0x29, 0x5D, 0x7D, 0x201D, 0x2019, 0xBB, 0x203A, 0x22, 0x27, 0x300D, 0x300F, 0xFF09: return true
        default: return false
        }
    }

    @inline(__always)
    static func isApostrophe(_ c: UInt32) -> Bool { c == 0x27 || c == 0x2019 || c == 0x2BC }

    @inline(__always)
    static func isHyphen(_ c: UInt32) -> Bool { c == 0x2D || c == 0x2010 || c == 0x2011 }

    /// Sentence-final punctuation scalars.
    @inline(__always)
    static func isTerminal(_ c: UInt32) -> Bool {
        c == 0x2E || c == 0x21 || c == 0x3F || c == 0x2026 || c == 0x203C || c == 0x2047 || c == 0x2048
            || c == 0x2049 || c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0x061F || c == 0x0964
    }

    /// Whether a non-word, non-space scalar is a symbol (`$`, `%`, `+`, `©`…) rather than punctuation.
    static func isSymbol(_ c: UInt32) -> Bool {
        if c < 0x80 {
            switch c {
            case 0x24, 0x25, 0x2B, 0x3C, 0x3D, 0x3E, 0x5E, 0x60, 0x7C, 0x7E, 0x26, 0x2A, 0x5C: return true
            default: return false
            }
        }
        return isSymbolSlow(c)
    }

    @inline(never)
    private static func isSymbolSlow(_ c: UInt32) -> Bool {
        guard let s = Unicode.Scalar(c) else { return false }
        switch s.properties.generalCategory {
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: return true
        default: return false
        }
    }

    @inline(__always)
    static func isCurrency(_ c: UInt32) -> Bool {
        if c == 0x24 { return true }
        if c < 0x80 { return false }
        return c == 0xA3 || c == 0xA5 || c == 0x20AC || c == 0xA2 || (c >= 0x20A0 && c <= 0x20CF)
    }
}
