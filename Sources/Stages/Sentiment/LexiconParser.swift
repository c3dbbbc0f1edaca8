/// The formats of a sentiment lexicon file.
public enum LexiconFormat: String, Codable, Sendable, CaseIterable {
    /// Decide per file: AFINN when the first entry is `word<TAB>integer` and nothing more, else VADER.
    case auto
    /// `token<TAB>mean valence[<TAB>anything…]`, as `vader_lexicon.txt`.
    case vader
    /// `word<TAB>integer`, as AFINN-111/165.
    case afinn
}

/// A malformed lexicon line: its 1-based line number and what is wrong with it.
public struct LexiconLineError: Error, Sendable, Equatable {
    public var line: Int
    public var message: String
}

/// Reads lexicon text in VADER's or AFINN's format, and the emoji lexicon.
///
/// VADER lines are read as the reference reads them: the line stripped of surrounding
/// whitespace, split on TAB, the first field the key (not lowercased) and the second its
/// valence; blank lines are skipped and a later duplicate key wins.
public enum LexiconParser {
    /// Parses `text` in `format`; `auto` picks the format from the first entry line.
    ///
    /// Lines and fields are split on bytes: as `Character`s a CRLF is one character and
    /// would not split, and grapheme breaking made parsing the default lexicon most of
    /// the program's start-up time.
    public static func parse(_ text: String, format: LexiconFormat) throws(LexiconLineError) -> [(String, Double)] {
        var entries: [(String, Double)] = []
        entries.reserveCapacity(text.utf8.count / 16)
        var resolved = format
        var lineNumber = 0
        for rawLine in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = trimmingASCIIWhitespace(rawLine)
            if lineNumber == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
            if line.isEmpty { continue }
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
            if resolved == .auto {
                resolved = fields.count == 2 && Int(string(trimmingASCIIWhitespace(fields[1]))) != nil ? .afinn : .vader
            }
            guard fields.count >= 2 else {
                throw LexiconLineError(line: lineNumber, message: "expected 'word<TAB>valence' but found no TAB")
            }
            let key = string(fields[0])
            if key.isEmpty {
                throw LexiconLineError(line: lineNumber, message: "empty word before the TAB")
            }
            let field = string(trimmingASCIIWhitespace(fields[1]))
            switch resolved {
            case .afinn:
                guard fields.count == 2 else {
                    throw LexiconLineError(line: lineNumber, message: "AFINN lines have exactly two TAB-separated fields, found \(fields.count)")
                }
                guard let value = Int(field) else {
                    throw LexiconLineError(line: lineNumber, message: "AFINN valence '\(field)' is not an integer")
                }
                entries.append((key, Double(value)))
            case .vader, .auto:
                guard let value = Double(field), value.isFinite else {
                    throw LexiconLineError(line: lineNumber, message: "valence '\(field)' is not a number")
                }
                entries.append((key, value))
            }
        }
        return entries
    }

    /// Parses the emoji lexicon (`emoji<TAB>description`); only single-scalar emoji can
    /// match, as in the reference, which compares one code point at a time.
    static func parseEmoji(_ text: String) -> [(UInt32, String)] {
        var result: [(UInt32, String)] = []
        for rawLine in text.utf8.split(separator: 0x0A) {
            let fields = trimmingASCIIWhitespace(rawLine).split(separator: 0x09, omittingEmptySubsequences: false)
            guard fields.count >= 2 else { continue }
            let scalars = string(fields[0]).unicodeScalars
            guard scalars.count == 1, let scalar = scalars.first else { continue }
            result.append((scalar.value, string(fields[1])))
        }
        return result
    }

    /// The bytes without leading and trailing spaces, tabs, CR, LF, VT and FF.
    private static func trimmingASCIIWhitespace(_ bytes: Substring.UTF8View) -> Substring.UTF8View {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        var trimmed = bytes.drop(while: isSpace)
        while let last = trimmed.last, isSpace(last) { trimmed = trimmed.dropLast() }
        return trimmed
    }

    /// The text of a byte range split at ASCII bytes, so it always holds whole scalars.
    private static func string(_ bytes: Substring.UTF8View) -> String {
        String(Substring(bytes))
    }

    static func defaultEntries() -> [(String, Double)] {
        // The embedded text is fixed at build time and parsed by the tests, so a failure here
        // would be a build defect; an empty lexicon is still better than a crash.
        (try? parse(VADERLexiconText.lexicon, format: .vader)) ?? []
    }

    static func defaultEmoji() -> [(UInt32, String)] {
        parseEmoji(VADERLexiconText.emoji)
    }
}
