import Foundation

/// Substring tests on resolved names, with a byte fast path for ASCII names.
///
/// Foundation's `contains` goes through `NSString` on Linux, which cost more than the rest of the
/// name look-ups. On ASCII text and an ASCII piece, bytes, characters and canonical equivalence
/// agree, so a byte search gives Foundation's answer; other names still ask Foundation.
enum NameText {
    /// `text.contains(piece)`.
    static func contains(_ text: String, _ piece: String) -> Bool {
        let answer = text.utf8.withContiguousStorageIfAvailable { t -> Bool? in
            piece.utf8.withContiguousStorageIfAvailable { p -> Bool? in
                guard !p.isEmpty, isASCII(t), isASCII(p) else { return nil }
                guard p.count <= t.count else { return false }
                var i = 0
                while i + p.count <= t.count {
                    if t[i] == p[0] {
                        var k = 1
                        while k < p.count, t[i + k] == p[k] { k += 1 }
                        if k == p.count { return true }
                    }
                    i += 1
                }
                return false
            } ?? nil
        } ?? nil
        return answer ?? text.contains(piece)
    }

    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0x80 { return false }
        return true
    }
}
