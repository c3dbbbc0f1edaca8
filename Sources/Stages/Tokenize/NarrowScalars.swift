/// A text's scalar values one byte each, when every scalar lies below U+0100 (ASCII and
/// Latin-1: English news with `£`, `é`, `½`), with the offsets of its line breaks.
///
/// The tokenizer then scans a quarter of the bytes `ScalarBuffer` writes, and skips the
/// grapheme cluster repair: no scalar below U+0100 joins a cluster, CR LF aside. A CR or a
/// NEL (U+0085) is left to `ScalarBuffer`, which knows their line-break rules.
struct NarrowScalars {
    var scalars: [UInt8]
    /// Offsets of the LF, VT and FF scalars, as `ScalarBuffer.lineBreaks`.
    var lineBreaks: [Int]

    /// Nil when `text` has a scalar at or above U+0100, a CR or a NEL.
    init?(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        let byteCount = text.utf8.count
        var lineBreaks: [Int] = []
        // Room for a line break every 128 bytes, as in paragraphed news text.
        lineBreaks.reserveCapacity(byteCount / 128 + 4)
        var narrow = true
        let scalars = text.utf8.withContiguousStorageIfAvailable { bytes -> [UInt8] in
            [UInt8](unsafeUninitializedCapacity: byteCount) { out, initialized in
                initialized = 0
                guard let base = bytes.baseAddress.map(UnsafeRawPointer.init), let target = out.baseAddress else { return }
                var i = 0
                var n = 0
                while i < byteCount {
                    // Eight bytes at a time while they are printable ASCII or spaces.
                    if i + 8 <= byteCount {
                        let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                        if w & 0x8080_8080_8080_8080 == 0 && ScalarBuffer.zeroBytes(w & 0xE0E0_E0E0_E0E0_E0E0) == 0 {
                            UnsafeMutableRawPointer(target + n).storeBytes(of: w, as: UInt64.self)
                            i += 8
                            n += 8
                            continue
                        }
                    }
                    let b = bytes[i]
                    if b < 0x80 {
                        if b >= 0x0A && b <= 0x0C {
                            lineBreaks.append(n)
                        } else if b == 0x0D {
                            narrow = false
                            return
                        }
                        target[n] = b
                        i += 1
                    } else if b == 0xC2 || b == 0xC3 {
                        // Valid UTF-8 (a Swift String): a two-byte sequence for U+0080–U+00FF.
                        let c = (b & 0x03) << 6 | (bytes[i + 1] & 0x3F)
                        if c == 0x85 {
                            narrow = false
                            return
                        }
                        target[n] = c
                        i += 2
                    } else {
                        narrow = false
                        return
                    }
                    n += 1
                }
                initialized = n
            }
        }
        guard narrow, let scalars else { return nil }
        self.scalars = scalars
        self.lineBreaks = lineBreaks
    }
}
