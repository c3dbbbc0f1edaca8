/// Folds typographic quotes and dashes to ASCII, for the `fold_quotes` and `fold_dashes` options.
///
/// Quotes: ‘ ’ ‚ ‛ ′ → `'`; “ ” „ ‟ ″ → `"`. Guillemets (« » ‹ ›) are kept: they are the
/// quotation marks of several languages, not typographic variants of `"`.
/// Dashes: ‐ ‑ ‒ – − → `-`; — ― → `--`.
enum PunctuationFolding {
    static func apply(_ stream: ScalarStream, quotes: Bool, dashes: Bool) -> ScalarStream? {
        guard quotes || dashes else { return nil }
        let s = stream.scalars
        var builder = ScalarStreamBuilder(stream)
        var copiedUpTo = 0
        for i in 0..<s.count {
            guard let replacement = fold(s[i], quotes: quotes, dashes: dashes) else { continue }
            builder.copy(copiedUpTo..<i)
            builder.replace(i..<(i + 1), with: replacement)
            copiedUpTo = i + 1
        }
        guard builder.changed else { return nil }
        builder.copy(copiedUpTo..<s.count)
        return builder.finish()
    }

    @inline(__always)
    private static func fold(_ c: UInt32, quotes: Bool, dashes: Bool) -> [UInt32]? {
        guard c >= 0x2010 && c <= 0x2212 else { return nil }
        if quotes {
            switch c {
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: return [0x27]
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033: return [0x22]
            default: break
            }
        }
        if dashes {
            switch c {
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2212: return [0x2D]
            case 0x2014, 0x2015: return [0x2D, 0x2D]
            default: break
            }
        }
        return nil
    }
}
