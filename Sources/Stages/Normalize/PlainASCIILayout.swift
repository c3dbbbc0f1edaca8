/// The clean-text check of `TextNormalizer` on the UTF-8 bytes of plain ASCII text, the
/// kind most news files are: its scalars are its bytes, so the check needs no widened
/// copy of them, which the full check (`ScalarBuffer`) writes at four bytes per byte.
enum PlainASCIILayout {
    /// The byte range — equal to the scalar range — the normalized text keeps when `bytes`
    /// are printable ASCII other than `&` and line feeds, spaced as `ScalarBuffer` calls
    /// regular (single spaces between words, none beside a line break or at the ends), and
    /// laid out as `WhitespaceLayout.keptRange` wants. Nil when the full check must decide.
    static func keptRange(_ bytes: UnsafeBufferPointer<UInt8>, headline: Bool) -> Range<Int>? {
        guard let lineBreaks = lineBreaks(bytes) else { return nil }
        return WhitespaceLayout.keptRange(bytes.lazy.map(UInt32.init), lineBreaks: lineBreaks, headline: headline)
    }

    /// The offsets of the line feeds when every byte is printable ASCII other than `&`, or a
    /// line feed, and no space follows a space or a line feed, or precedes a line feed or
    /// the end; nil otherwise. These are the bytes for which `ScalarBuffer` finds nothing
    /// non-ASCII, no `&`, nothing invisible and no irregular space.
    private static func lineBreaks(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int]? {
        let count = bytes.count
        guard let base = bytes.baseAddress.map(UnsafeRawPointer.init) else { return nil }
        var lineBreaks: [Int] = []
        lineBreaks.reserveCapacity(count / 128 + 4)
        var previous: UInt8 = 0x0A
        var i = 0
        while i < count {
            // Eight bytes at a time while they are printable ASCII or spaces without `&`.
            if i + 8 <= count {
                let w = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                if w & 0x8080_8080_8080_8080 == 0
                    && ScalarBuffer.zeroBytes(w & 0xE0E0_E0E0_E0E0_E0E0) == 0
                    && ScalarBuffer.zeroBytes(w ^ 0x2626_2626_2626_2626) == 0
                    && ScalarBuffer.zeroBytes(w ^ 0x7F7F_7F7F_7F7F_7F7F) == 0
                {
                    let spaces = ScalarBuffer.zeroBytes(w ^ 0x2020_2020_2020_2020)
                    let before: UInt64 = previous == 0x20 || previous == 0x0A ? 0x80 : 0
                    if spaces & ((spaces << 8) | before) != 0 { return nil }
                    previous = UInt8(truncatingIfNeeded: w >> 56)
                    i += 8
                    continue
                }
            }
            let b = bytes[i]
            if b == 0x0A {
                if previous == 0x20 { return nil }
                lineBreaks.append(i)
            } else if b &- 0x20 < 0x5F && b != 0x26 {
                if b == 0x20 && (previous == 0x20 || previous == 0x0A) { return nil }
            } else {
                return nil
            }
            previous = b
            i += 1
        }
        return previous == 0x20 ? nil : lineBreaks
    }
}
