import Foundation

/// Unicode normalization form `normalize` produces.
public enum NormalizationForm: String, Codable, Sendable {
    /// Canonical composition: `e` + U+0301 → `é`; compatibility characters kept (`ﬁ`).
    case nfc
    /// Compatibility composition as well: `ﬁ` → `fi`, full-width `Ａ` → `A`, `²` → `2`.
    case nfkc
}

/// Applies NFC or NFKC to a stream, keeping the alignment as fine as the text allows.
///
/// ASCII never changes and never composes with what precedes it, so only runs of
/// non-ASCII scalars (with the ASCII letter before them, the base of a combining mark)
/// are normalized. A run that changes is cut again into clusters at scalars that start
/// a new composition, each mapped as its own block; if cutting would change the result,
/// the run is mapped as one block.
enum UnicodeComposition {
    static func apply(_ stream: ScalarStream, form: NormalizationForm) -> ScalarStream? {
        let s = stream.scalars
        let n = s.count
        var builder = ScalarStreamBuilder(stream)
        var copiedUpTo = 0
        var i = 0
        while i < n {
            guard s[i] >= 0x80 else { i += 1; continue }
            var j = i + 1
            while j < n && s[j] >= 0x80 { j += 1 }
            // The ASCII scalar before the run may be a base that composes (`e` + U+0301, `=` + U+0338).
            let base = i > 0 ? s[i - 1] : 0
            let composes = ScalarClass.isAlnumASCII(base) || base == 0x3C || base == 0x3D || base == 0x3E
            let start = i > 0 && i - 1 >= copiedUpTo && composes ? i - 1 : i
            if !(form == .nfc && isStableUnderNFC(s, i..<j)) && !hasLongCombiningStretch(s, i..<j) {
                let original = Array(s[start..<j])
                let normalized = normalize(original, form: form)
                if normalized != original {
                    builder.copy(copiedUpTo..<start)
                    replaceFinely(&builder, s, start..<j, whole: normalized, form: form)
                    copiedUpTo = j
                }
            }
            i = j
        }
        guard builder.changed else { return nil }
        builder.copy(copiedUpTo..<n)
        return builder.finish()
    }

    /// Most combining marks in a row that a run may hold and still be normalized; Unicode's
    /// stream-safe format allows 30. Foundation's normalization takes time quadratic in such
    /// a stretch ("e" and a million U+0301 took over a minute), so a run with a longer one
    /// (Zalgo text, or an attack) is left as it is, the same way on every pass.
    static let maxCombiningStretch = 64

    private static func hasLongCombiningStretch(_ s: [UInt32], _ range: Range<Int>) -> Bool {
        guard range.count > maxCombiningStretch else { return false }
        var stretch = 0
        for k in range {
            let isMark = Unicode.Scalar(s[k]).map { $0.properties.canonicalCombiningClass != .notReordered } ?? false
            stretch = isMark ? stretch + 1 : 0
            if stretch > maxCombiningStretch { return true }
        }
        return false
    }

    /// Scalars that NFC leaves as they are whatever follows them in the run.
    private static func isStableUnderNFC(_ s: [UInt32], _ range: Range<Int>) -> Bool {
        for k in range where !isStableUnderNFC(s[k]) { return false }
        return true
    }

    /// A scalar NFC leaves as it is whatever follows it. `ScalarBuffer` asks this of every
    /// non-ASCII scalar it decodes, so clean text can skip this pass without a scan.
    @inline(__always)
    static func isStableUnderNFC(_ c: UInt32) -> Bool {
        c < 0x300 || (c >= 0x2002 && c <= 0x206F) || (c >= 0x20A0 && c <= 0x20CF)
            || (c >= 0x2190 && c <= 0x21FF) || (c >= 0x3000 && c <= 0x9FFF && !(0x3099...0x309A).contains(c))
    }

    private static func normalize(_ scalars: [UInt32], form: NormalizationForm) -> [UInt32] {
        var view = String.UnicodeScalarView()
        for value in scalars {
            if let scalar = Unicode.Scalar(value) { view.append(scalar) }
        }
        let string = String(view)
        let result = form == .nfc
            ? string.precomposedStringWithCanonicalMapping
            : string.precomposedStringWithCompatibilityMapping
        return result.unicodeScalars.map(\.value)
    }

    /// Replaces `range` by its normalization, cluster by cluster when that gives the same text.
    private static func replaceFinely(
        _ builder: inout ScalarStreamBuilder, _ s: [UInt32], _ range: Range<Int>, whole: [UInt32],
        form: NormalizationForm
    ) {
        var pieces: [(Range<Int>, [UInt32])] = []
        var joined: [UInt32] = []
        var pieceStart = range.lowerBound
        for k in (range.lowerBound + 1)...range.upperBound {
            if k == range.upperBound || startsComposition(s[k]) {
                let piece = Array(s[pieceStart..<k])
                let normalized = normalize(piece, form: form)
                pieces.append((pieceStart..<k, normalized))
                joined.append(contentsOf: normalized)
                pieceStart = k
            }
        }
        guard joined == whole else {
            builder.replace(range, with: whole)
            return
        }
        for (pieceRange, normalized) in pieces {
            if normalized == Array(s[pieceRange]) { builder.copy(pieceRange) } else { builder.replace(pieceRange, with: normalized) }
        }
    }

    /// A scalar before which normalization can safely be cut: a starter (combining class 0)
    /// outside the scripts whose starters also compose with what precedes them (Indic
    /// vowel signs, Hangul jamo and the like).
    private static func startsComposition(_ c: UInt32) -> Bool {
        if c < 0x300 { return true }
        if (c >= 0x0900 && c <= 0x1DFF) || (c >= 0x3099 && c <= 0x309A) || (c >= 0xAC00 && c <= 0xD7FF) || c >= 0x11000 {
            return false
        }
        guard let scalar = Unicode.Scalar(c) else { return false }
        return scalar.properties.canonicalCombiningClass == .notReordered
    }
}
