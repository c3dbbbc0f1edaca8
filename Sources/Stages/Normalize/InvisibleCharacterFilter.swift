/// Removes control and invisible format characters.
///
/// Removed: C0 and C1 controls other than tab and line breaks, DEL, zero-width space,
/// word joiner and invisible operators, byte order marks, left-to-right and right-to-left
/// marks, and soft hyphens — except a soft hyphen at a line end, which `WhitespaceLayout`
/// turns into a word join. Zero-width joiners and non-joiners are kept between two
/// non-ASCII scalars (emoji sequences, Persian and Indic words) and removed elsewhere.
enum InvisibleCharacterFilter {
    static func apply(_ stream: ScalarStream) -> ScalarStream? {
        let s = stream.scalars
        let n = s.count
        var builder = ScalarStreamBuilder(stream)
        var copiedUpTo = 0
        for i in 0..<n where isRemoved(s, i) {
            builder.copy(copiedUpTo..<i)
            builder.delete(i..<(i + 1))
            copiedUpTo = i + 1
        }
        guard builder.changed else { return nil }
        builder.copy(copiedUpTo..<n)
        return builder.finish()
    }

    @inline(__always)
    private static func isRemoved(_ s: [UInt32], _ i: Int) -> Bool {
        let c = s[i]
        if c == 0x200C || c == 0x200D {
            return !(i > 0 && isJoinable(s, i - 1) && i + 1 < s.count && isJoinable(s, i + 1))
        }
        return isRemovedOutright(s, i)
    }

    /// A neighbour a joiner may stay next to: kept, non-ASCII, not a space nor a joiner.
    private static func isJoinable(_ s: [UInt32], _ i: Int) -> Bool {
        let c = s[i]
        return c >= 0x80 && c != 0x200C && c != 0x200D && !ScalarClass.isWhitespace(c) && !isRemovedOutright(s, i)
    }

    @inline(__always)
    private static func isRemovedOutright(_ s: [UInt32], _ i: Int) -> Bool {
        let c = s[i]
        if c < 0x20 { return !(c >= 0x09 && c <= 0x0D) }
        if c < 0x7F { return false }
        if c <= 0x9F { return c != 0x85 }
        switch c {
        case 0xAD:
            return !WhitespaceLayout.isLineEndAfter(s, i)
        case 0x200B, 0x200E, 0x200F, 0x2060...0x2064, 0xFEFF:
            return true
        default:
            return false
        }
    }
}
