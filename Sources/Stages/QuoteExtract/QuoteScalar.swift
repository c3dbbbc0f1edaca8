/// Character classes of Unicode scalars the quote scanner and word lexer test, with an ASCII fast path.
enum QuoteScalar {
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return c == " " || c == "\n" || c == "\t" || c == "\r" || c.value == 0x0B || c.value == 0x0C }
        return c.properties.isWhitespace
    }

    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") }
        return c.properties.isAlphabetic
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return c >= "0" && c <= "9" }
        return c.properties.generalCategory == .decimalNumber
    }

    static func isUpper(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return c >= "A" && c <= "Z" }
        return c.properties.isUppercase
    }

    static func isLower(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return c >= "a" && c <= "z" }
        return c.properties.isLowercase
    }

    /// Letters, digits and combining marks: what a word is made of.
    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return isLetter(c) || isDigit(c) }
        if c.properties.isAlphabetic { return true }
        switch c.properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    /// Punctuation that ends a sentence when it stands outside a word.
    static func isSentenceFinal(_ c: Unicode.Scalar) -> Bool {
        c == "." || c == "!" || c == "?" || c == "…" || c == "。" || c == "！" || c == "？"
    }

    /// Scalars after which a quotation mark still opens: brackets and dashes.
    static func isOpeningContext(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "(", "[", "{", "-", "–", "—", "/", ":": return true
        default: return QuoteMark(c) != nil
        }
    }

    /// Scalars before which a quotation mark still closes: punctuation and brackets.
    static func isClosingContext(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case ".", ",", ";", ":", "!", "?", ")", "]", "}", "-", "–", "—", "…", "/": return true
        default: return QuoteMark(c) != nil
        }
    }

    /// The scalar lowercased, for the ASCII words the lexicons hold; other scalars unchanged.
    static func lowered(_ c: Unicode.Scalar) -> Unicode.Scalar {
        if c.isASCII, c >= "A", c <= "Z" { return Unicode.Scalar(c.value + 32) ?? c }
        if c == "’" { return "'" }
        return c
    }
}
