import Foundation

/// Finds the members of a JSON object as byte ranges, without building the values: a
/// payload's artifacts go straight to the decoder of their type, or through untouched.
///
/// It checks structure (balanced brackets, terminated strings), not every detail of JSON;
/// the decoder that reads a slice checks the rest.
public enum JSONSlicer {
    public struct Malformed: Error, CustomStringConvertible {
        public var offset: Int
        public var description: String { "malformed JSON near byte \(offset)" }
    }

    /// The members of the object `bytes[range]`, each as its key and its value's range.
    public static func members(of bytes: [UInt8], in range: Range<Int>? = nil) throws(Malformed) -> [(key: String, value: Range<Int>)] {
        let range = range ?? 0..<bytes.count
        var position = skipSpace(bytes, range.lowerBound, range.upperBound)
        guard position < range.upperBound, bytes[position] == UInt8(ascii: "{") else { throw Malformed(offset: position) }
        position += 1
        var members: [(key: String, value: Range<Int>)] = []
        position = skipSpace(bytes, position, range.upperBound)
        if position < range.upperBound, bytes[position] == UInt8(ascii: "}") { return members }
        while true {
            position = skipSpace(bytes, position, range.upperBound)
            let keyEnd = try skipValue(bytes, position, range.upperBound)
            guard bytes[position] == UInt8(ascii: "\"") else { throw Malformed(offset: position) }
            let key = try decodeKey(bytes[position..<keyEnd], at: position)
            position = skipSpace(bytes, keyEnd, range.upperBound)
            guard position < range.upperBound, bytes[position] == UInt8(ascii: ":") else { throw Malformed(offset: position) }
            let valueStart = skipSpace(bytes, position + 1, range.upperBound)
            let valueEnd = try skipValue(bytes, valueStart, range.upperBound)
            members.append((key, valueStart..<valueEnd))
            position = skipSpace(bytes, valueEnd, range.upperBound)
            guard position < range.upperBound else { throw Malformed(offset: position) }
            if bytes[position] == UInt8(ascii: "}") { return members }
            guard bytes[position] == UInt8(ascii: ",") else { throw Malformed(offset: position) }
            position += 1
        }
    }

    private static func decodeKey(_ slice: ArraySlice<UInt8>, at offset: Int) throws(Malformed) -> String {
        if !slice.contains(UInt8(ascii: "\\")) {
            return String(decoding: slice.dropFirst().dropLast(), as: UTF8.self)
        }
        guard let key = try? JSONDecoder().decode(String.self, from: Data(slice)) else { throw Malformed(offset: offset) }
        return key
    }

    private static func skipSpace(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int {
        var position = start
        while position < end, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
        return position
    }

    /// The end of the value starting at `start`.
    private static func skipValue(_ bytes: [UInt8], _ start: Int, _ end: Int) throws(Malformed) -> Int {
        guard start < end else { throw Malformed(offset: start) }
        var position = start
        var depth = 0
        repeat {
            guard position < end else { throw Malformed(offset: position) }
            switch bytes[position] {
            case UInt8(ascii: "\""):
                position += 1
                while true {
                    guard position < end else { throw Malformed(offset: position) }
                    let byte = bytes[position]
                    if byte == UInt8(ascii: "\\") {
                        position += 2
                    } else {
                        position += 1
                        if byte == UInt8(ascii: "\"") { break }
                    }
                }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                position += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                guard depth > 0 else { throw Malformed(offset: position) }
                depth -= 1
                position += 1
            case UInt8(ascii: ","), UInt8(ascii: ":"), 0x20, 0x09, 0x0A, 0x0D:
                guard depth > 0 else { throw Malformed(offset: position) }
                position += 1
            default:
                // A number or a literal: runs to the next delimiter.
                position += 1
                while position < end, !Self.delimiters.contains(bytes[position]) { position += 1 }
            }
        } while depth > 0
        return position
    }

    private static let delimiters: Set<UInt8> = [
        UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: ":"), 0x20, 0x09, 0x0A, 0x0D,
    ]
}
