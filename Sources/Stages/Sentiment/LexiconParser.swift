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
    public static func parse(_ text: String, format: LexiconFormat) throws(LexiconLineError) -> [(String, Double)] {
        var entries: [(String, Double)] = []
        var resolved = format
        var lineNumber = 0
        // Split on the byte: as `Character`s, a CRLF is one character and would not split.
        for rawLine in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine).trimmingASCIIWhitespace()
            if lineNumber == 1, line.unicodeScalars.first == "\u{FEFF}" {
                line = Substring(line.unicodeScalars.dropFirst())
            }
            if line.isEmpty { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if resolved == .auto {
                resolved = fields.count == 2 && Int(fields[1].trimmingASCIIWhitespace()) != nil ? .afinn : .vader
            }
            guard fields.count >= 2 else {
                throw LexiconLineError(line: lineNumber, message: "expected 'word<TAB>valence' but found no TAB")
            }
            let key = String(fields[0])
            if key.isEmpty {
                throw LexiconLineError(line: lineNumber, message: "empty word before the TAB")
            }
            let field = fields[1].trimmingASCIIWhitespace()
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
            let fields = Substring(rawLine).trimmingASCIIWhitespace().split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2 else { continue }
            let scalars = fields[0].unicodeScalars
            guard scalars.count == 1, let scalar = scalars.first else { continue }
            result.append((scalar.value, String(fields[1])))
        }
        return result
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

extension Substring {
    /// Without leading and trailing spaces, tabs, CR, LF, VT and FF.
    func trimmingASCIIWhitespace() -> Substring {
        let utf8 = self.utf8
        var start = utf8.startIndex, end = utf8.endIndex
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        while start < end, isSpace(utf8[start]) { start = utf8.index(after: start) }
        while end > start, isSpace(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
        return self[start..<end]
    }
}
