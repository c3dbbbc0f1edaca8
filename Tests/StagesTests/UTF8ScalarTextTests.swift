import Testing

@testable import Stages

/// One, two, three and four byte scalars, and a combining mark.
private let text = "Año 東京 e\u{301} 🙂 déjà-vu"

struct UTF8ScalarTextTests {
    @Test func byteOffsetsMatchTheScalarsInAnyOrder() {
        var copy = text
        copy.withUTF8 { utf8 in
            var scalars = UTF8ScalarText(utf8)
            let expected = (0...text.unicodeScalars.count).map { offset in
                String(String.UnicodeScalarView(text.unicodeScalars.prefix(offset))).utf8.count
            }
            #expect(scalars.count == text.unicodeScalars.count)
            #expect(!scalars.isASCII)
            // Forward, backward, and jumps both ways: the cursor must not depend on order.
            let order = Array(expected.indices) + expected.indices.reversed() + [3, 17, 1, 19, 0, 9, 9, 2]
            for offset in order {
                #expect(scalars.byteOffset(ofScalar: offset) == expected[offset], "scalar \(offset)")
            }
        }
    }

    @Test func bytesOfScalarsAreTheSubstringAndClamped() {
        var copy = text
        copy.withUTF8 { utf8 in
            var scalars = UTF8ScalarText(utf8)
            let view = Array(text.unicodeScalars)
            for (start, end) in [(0, 3), (4, 6), (7, 9), (10, 11), (12, 19), (5, 5)] {
                let bytes = scalars.bytes(ofScalars: start..<end)
                #expect(String(decoding: bytes, as: UTF8.self) == String(String.UnicodeScalarView(view[start..<end])))
            }
            #expect(String(decoding: scalars.bytes(ofScalars: -4..<3), as: UTF8.self) == "Año")
            #expect(scalars.bytes(ofScalars: 17..<500).count == "vu".utf8.count)
        }
    }

    @Test func decodesEveryLength() {
        for scalar in ["a", "ñ", "東", "🙂"].map({ $0.unicodeScalars.first! }) {
            var bytes = Array(String(scalar).utf8)
            bytes.withUnsafeMutableBufferPointer { buffer in
                let decoded = UTF8ScalarText.scalar(in: UnsafeBufferPointer(buffer), at: 0)
                #expect(decoded.value == scalar.value)
                #expect(decoded.next == buffer.count)
            }
        }
    }

    @Test func countsScalarsOfLongTextsPastTheEightByteSteps() {
        for length in 0..<40 {
            let line = String(repeating: "é", count: length / 2) + String(repeating: "x", count: length - length / 2)
            var copy = line
            copy.withUTF8 { utf8 in
                #expect(UTF8ScalarText(utf8).count == line.unicodeScalars.count)
            }
        }
    }
}
