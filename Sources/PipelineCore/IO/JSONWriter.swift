/// Appends JSON to a byte buffer directly, for artifacts too large to go through `JSONEncoder`
/// quickly (a token list is a million small objects on a modest corpus).
///
/// It writes what `JSONEncoder` with `.sortedKeys` and `.withoutEscapingSlashes` writes, so
/// the two paths give the same bytes; the writer's tests compare them.
public struct JSONWriter {
    public private(set) var bytes: [UInt8]

    public init(capacity: Int = 0) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    public mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    public mutating func byte(_ byte: UInt8) {
        bytes.append(byte)
    }

    /// Bytes that are already JSON.
    public mutating func append(_ json: some Sequence<UInt8>) {
        bytes.append(contentsOf: json)
    }

    public mutating func int(_ value: Int) {
        // Digits go into a stack buffer from the right, then into `bytes` in one append.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            var start = buffer.count
            var magnitude = value.magnitude
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 { bytes.append(UInt8(ascii: "-")) }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start...]))
        }
    }

    public mutating func bool(_ value: Bool) {
        if value { raw("true") } else { raw("false") }
    }

    /// A finite double as `JSONEncoder` writes it: Swift's shortest round-trip description,
    /// less a trailing `.0`.
    public mutating func double(_ value: Double) {
        if writeShortDecimal(value) { return }
        // The description is ASCII, so a byte test is `hasSuffix(".0")` without its
        // Unicode-aware comparison.
        var text = value.description
        text.withUTF8 { utf8 in
            let count = utf8.count
            if count >= 2 && utf8[count - 2] == UInt8(ascii: ".") && utf8[count - 1] == UInt8(ascii: "0") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[..<(count - 2)]))
            } else {
                bytes.append(contentsOf: utf8)
            }
        }
    }

    /// Writes `value` from integer arithmetic when it is a decimal of at most six fractional
    /// digits between 0.001 and a million (a rounded score, the usual case); false, writing
    /// nothing, otherwise.
    ///
    /// Same bytes as the description: `k / 10^6` is exactly the double nearest the decimal
    /// `k·10⁻⁶` (both operands exact, division correctly rounded), so that decimal, less its
    /// trailing zeros, reads back as `value`. No other decimal of as few significant digits
    /// does: any such one is a multiple of 10⁻⁷, while below a million the doubles reading back
    /// as `value` span less than 2·10⁻¹⁰. The description is the shortest decimal that reads
    /// back, and in this range it is written positionally, not with an exponent.
    @inline(__always)
    private mutating func writeShortDecimal(_ value: Double) -> Bool {
        let magnitude = value.magnitude
        guard magnitude < 1_000_000, magnitude >= 0.001 || magnitude == 0 else { return false }
        let scaled = (magnitude * 1_000_000).rounded()
        guard scaled / 1_000_000 == magnitude else { return false }
        let micros = Int(scaled)
        // At most "-999999.999999": built from the right in a stack buffer, appended at once.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { buffer in
            var start = buffer.count
            var whole = micros / 1_000_000
            var fraction = micros % 1_000_000
            if fraction != 0 {
                var digits = 6
                while fraction % 10 == 0 {
                    fraction /= 10
                    digits -= 1
                }
                for _ in 0..<digits {
                    start -= 1
                    buffer[start] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: fraction % 10)
                    fraction /= 10
                }
                start -= 1
                buffer[start] = UInt8(ascii: ".")
            }
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: whole % 10)
                whole /= 10
            } while whole > 0
            if value.sign == .minus {
                start -= 1
                buffer[start] = UInt8(ascii: "-")
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start...]))
        }
        return true
    }

    /// A string literal with JSON escapes.
    public mutating func string(_ text: some StringProtocol) {
        bytes.append(UInt8(ascii: "\""))
        var text = String(text)
        text.withUTF8 { utf8 in
            // Copy runs of bytes that need no escape in one go; escape the rest one by one.
            // Eight bytes at a time are skipped while none of them needs an escape.
            var runStart = 0
            var index = 0
            while index < utf8.count {
                if index + 8 <= utf8.count, !Self.mayNeedEscape(utf8, at: index) {
                    index += 8
                    continue
                }
                let end = min(index + 8, utf8.count)
                while index < end {
                    let byte = utf8[index]
                    if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                        escape(byte)
                        runStart = index + 1
                    }
                    index += 1
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether any of the eight bytes at `offset` is a control character, `"` or a backslash. The
    /// tests are exact for "some byte is": a byte below 0x20 leaves its top bit set after
    /// subtracting 0x20 from each byte while its own top bit was clear, and a byte equal to
    /// `"` or a backslash becomes zero after the XOR.
    @inline(__always)
    static func mayNeedEscape(_ utf8: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let word = UnsafeRawPointer(utf8.baseAddress! + offset).loadUnaligned(as: UInt64.self)
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & high != 0 }
        let control = (word &- 0x20 &* ones) & ~word & high != 0
        return control || hasZeroByte(word ^ (0x22 &* ones)) || hasZeroByte(word ^ (0x5C &* ones))
    }

    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
        case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
        case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
        default:
            let hex: StaticString = "0123456789abcdef"
            hex.withUTF8Buffer { digits in
                bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                          digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
            }
        }
    }

    /// An object of strings with its keys sorted.
    public mutating func object(_ dictionary: [String: String]) {
        byte(UInt8(ascii: "{"))
        for (index, key) in dictionary.keys.sorted().enumerated() {
            if index > 0 { byte(UInt8(ascii: ",")) }
            string(key)
            byte(UInt8(ascii: ":"))
            string(dictionary[key] ?? "")
        }
        byte(UInt8(ascii: "}"))
    }
}

/// An artifact that writes its own JSON, bypassing `JSONEncoder` for speed. What it writes
/// must equal its `Encodable` form encoded with sorted keys.
public protocol DirectJSONEncodable: Artifact {
    func writeJSON(to writer: inout JSONWriter)
}
