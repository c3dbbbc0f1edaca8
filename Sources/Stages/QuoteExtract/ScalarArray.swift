/// The Unicode scalars of a text as an array, decoded from its UTF-8 in one pass.
///
/// `Array(text.unicodeScalars)` decodes through the generic iterator, which took as long as the
/// quote scanner; the text is valid UTF-8, so its lead bytes give each scalar's length.
enum ScalarArray {
    static func of(_ text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                var i = 0
                var n = 0
                let end = bytes.count
                while i < end {
                    let lead = bytes[i]
                    var value: UInt32
                    if lead < 0x80 {
                        buffer[n] = Unicode.Scalar(lead)
                        n += 1
                        i += 1
                        continue
                    } else if lead < 0xE0 {
                        value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                        i += 2
                    } else if lead < 0xF0 {
                        value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                        i += 3
                    } else {
                        value = UInt32(lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                            | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                        i += 4
                    }
                    buffer[n] = Unicode.Scalar(value) ?? "\u{FFFD}"
                    n += 1
                }
                count = n
            }
        }
    }
}
