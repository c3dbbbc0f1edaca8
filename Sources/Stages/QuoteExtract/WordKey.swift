/// The lowercased text of a scalar range, to look a word up in the lexicons.
///
/// Built from UTF-8 bytes in a stack buffer: most words fit a small string (15 bytes),
/// which needs no heap allocation, and appending scalar by scalar to a string was the
/// stage's largest cost.
enum WordKey {
    static func make(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        string(s, start, end, lowered: true)
    }

    /// The text of a scalar range as written.
    static func text(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        string(s, max(0, start), min(end, s.count), lowered: false)
    }

    private static func string(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, lowered: Bool) -> String {
        guard start < end else { return "" }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: (end - start) * 4) { buffer in
            var count = 0
            for index in start..<end {
                let scalar = lowered ? QuoteScalar.lowered(s[index]) : s[index]
                if scalar.isASCII {
                    buffer[count] = UInt8(truncatingIfNeeded: scalar.value)
                    count += 1
                } else if let encoded = UTF8.encode(scalar) {
                    for byte in encoded {
                        buffer[count] = byte
                        count += 1
                    }
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<count]), as: UTF8.self)
        }
    }

    /// Whether a word's key is a possessive: `Smith's`, `Wales'`.
    static func isPossessive(_ key: String) -> Bool {
        NameText.hasSuffix(key, "'s") || NameText.hasSuffix(key, "’s") || NameText.hasSuffix(key, "s'")
            || NameText.hasSuffix(key, "s’")
    }

    /// How many scalars the possessive ending of a key takes (2 for `'s`, 1 for `s'`), 0 if none.
    static func possessiveLength(_ key: String) -> Int {
        if NameText.hasSuffix(key, "'s") || NameText.hasSuffix(key, "’s") { return 2 }
        return NameText.hasSuffix(key, "s'") || NameText.hasSuffix(key, "s’") ? 1 : 0
    }
}
