import Foundation

/// `contains`, `hasSuffix` and `split` on keys and names, with a byte fast path for ASCII text.
///
/// Foundation's `contains` goes through `NSString` on Linux, and `hasSuffix` and `split` compare
/// characters, which cost more than the rest of the name look-ups. On ASCII text and an ASCII
/// piece, bytes, characters and canonical equivalence agree (the one two-scalar character, CR LF,
/// is kept out), so the bytes give the same answer; other text takes the standard library's way.
enum NameText {
    /// `text.contains(piece)`.
    static func contains(_ text: String, _ piece: String) -> Bool {
        let answer = text.utf8.withContiguousStorageIfAvailable { t -> Bool? in
            piece.utf8.withContiguousStorageIfAvailable { p -> Bool? in
                // A piece starting with LF or ending with CR could split a CR LF character.
                guard !p.isEmpty, p[0] != 0x0A, p[p.count - 1] != 0x0D, isASCII(t), isASCII(p) else { return nil }
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

    /// `text.hasSuffix(suffix)`.
    static func hasSuffix(_ text: String, _ suffix: String) -> Bool {
        let answer = text.utf8.withContiguousStorageIfAvailable { t -> Bool? in
            suffix.utf8.withContiguousStorageIfAvailable { p -> Bool? in
                // A suffix starting with LF could split a CR LF character.
                guard isASCII(t), !p.isEmpty, p[0] != 0x0A else { return nil }
                // An ASCII text ends in no character outside ASCII.
                guard isASCII(p) else { return false }
                guard p.count <= t.count else { return false }
                let offset = t.count - p.count
                for k in 0..<p.count where t[offset + k] != p[k] { return false }
                return true
            } ?? nil
        } ?? nil
        return answer ?? text.hasSuffix(suffix)
    }

    /// `text.split(separator: " ")`.
    static func words(_ text: String) -> [Substring] {
        let bounds = text.utf8.withContiguousStorageIfAvailable { t -> [(Int, Int)]? in
            guard isASCII(t) else { return nil }
            var bounds: [(Int, Int)] = []
            var start = 0
            for k in 0...t.count where k == t.count || t[k] == 0x20 {
                if k > start { bounds.append((start, k)) }
                start = k + 1
            }
            return bounds
        } ?? nil
        guard let bounds else { return text.split(separator: " ") }
        let utf8 = text.utf8
        return bounds.map { a, b in
            text[utf8.index(utf8.startIndex, offsetBy: a)..<utf8.index(utf8.startIndex, offsetBy: b)]
        }
    }

    /// `text.split(separator: " ").last`.
    static func lastWord(_ text: String) -> Substring? {
        let bounds = text.utf8.withContiguousStorageIfAvailable { t -> (Int, Int)?? in
            guard isASCII(t) else { return nil }
            var end = t.count
            while end > 0, t[end - 1] == 0x20 { end -= 1 }
            guard end > 0 else { return .some(nil) }
            var start = end
            while start > 0, t[start - 1] != 0x20 { start -= 1 }
            return (start, end)
        } ?? nil
        guard let bounds else { return text.split(separator: " ").last }
        guard let (a, b) = bounds else { return nil }
        let utf8 = text.utf8
        return text[utf8.index(utf8.startIndex, offsetBy: a)..<utf8.index(utf8.startIndex, offsetBy: b)]
    }

    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0x80 { return false }
        return true
    }
}
