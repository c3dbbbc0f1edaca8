import Foundation

/// Turns a file's bytes into text without ever failing: the outcome says what was repaired.
enum TextDecoding {
    struct Decoded {
        var text: String
        /// Facts worth keeping in metadata: `encoding` when not UTF-8, `invalid_utf8` when repaired.
        var notes: [String: String]
    }

    enum Refusal: Error, CustomStringConvertible {
        case binary

        var description: String {
            switch self {
            case .binary: "binary file (it contains NUL bytes); not a text article"
            }
        }
    }

    static func decode(_ bytes: [UInt8]) throws(Refusal) -> Decoded {
        if bytes.starts(with: [0xFF, 0xFE]) {
            return Decoded(text: utf16(bytes.dropFirst(2), littleEndian: true), notes: ["encoding": "utf-16le"])
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return Decoded(text: utf16(bytes.dropFirst(2), littleEndian: false), notes: ["encoding": "utf-16be"])
        }
        if bytes.withUnsafeBytes({ $0.count > 0 && memchr($0.baseAddress!, 0, $0.count) != nil }) { throw .binary }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        if let valid = String(validating: body, as: UTF8.self) {
            return Decoded(text: valid, notes: [:])
        }
        var text = String.UnicodeScalarView()
        var invalid = 0
        var iterator = body.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): text.append(scalar)
            case .error:
                invalid += 1
                text.append("\u{FFFD}")
            case .emptyInput: break loop
            }
        }
        return Decoded(text: String(text), notes: ["invalid_utf8": "\(invalid) invalid byte sequences replaced with U+FFFD"])
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let a = UInt16(bytes[index])
            let b = UInt16(bytes[index + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}
