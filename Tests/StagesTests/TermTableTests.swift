import Testing

@testable import Stages

/// The reference rule: `TermTable.appendLowercased` scalar by scalar.
private func lowercasedByScalars(_ word: String) -> [UInt8] {
    var bytes: [UInt8] = []
    for scalar in word.unicodeScalars { TermTable.appendLowercased(scalar, to: &bytes) }
    return bytes
}

/// `word` lowercased by a `WordLowercaser`, reading `slack` bytes past its end when whole
/// chunks are read (0: the word ends the readable memory, so the byte path is taken).
private func lowercasedInChunks(_ word: String, slack: Int) -> [UInt8] {
    var memory = Array(word.utf8) + Array(repeating: UInt8(ascii: "Q"), count: slack)
    var lowercaser = WordLowercaser()
    defer { lowercaser.deallocate() }
    return memory.withUnsafeMutableBufferPointer { buffer in
        let bytes = UnsafeBufferPointer(rebasing: UnsafeBufferPointer(buffer)[0..<word.utf8.count])
        let padded = lowercaser.lowercase(bytes, readable: buffer.count)
        var result: [UInt8] = []
        for index in 0..<padded.count { result.append(UInt8(truncatingIfNeeded: padded.chunk(index >> 3) >> UInt64((index & 7) * 8))) }
        // The padding is zero, so hashing and comparing whole chunks is exact.
        let last = padded.chunkCount > 0 ? padded.chunk(padded.chunkCount - 1) : 0
        let used = padded.count - (padded.chunkCount - 1) * 8
        #expect(padded.count == 0 || used == 8 || last >> UInt64(used * 8) == 0)
        return result
    }
}

struct TermTableTests {
    @Test(arguments: ["Storm", "HARBOUR", "don’t", "O'NEILL", "Ünïcödé", "İstanbul", "ΣΟΦΊΑ", "東京",
                      "Supercalifragilistic", "ABCDEFGH", "ABCDEFGHIJKLMNOP", "aBcDeFgHiJkLmNoPqR", "x", ""])
    func lowercasesLikeTheScalarRules(word: String) {
        for slack in [0, 3, 8, 16] {
            #expect(lowercasedInChunks(word, slack: slack) == lowercasedByScalars(word), "slack \(slack)")
        }
    }

    @Test func lowercasesEveryASCIIByteInEveryPositionOfAChunk() {
        for byte in UInt8(0)..<0x80 {
            for position in 0..<8 {
                let chunk = UInt64(byte) << UInt64(position * 8) | 0x4141_4141_4141_4141 & ~(0xFF << UInt64(position * 8))
                let lowered = WordLowercaser.lowercasedASCII(chunk)
                let expected: UInt8 = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                #expect(UInt8(truncatingIfNeeded: lowered >> UInt64(position * 8)) == expected)
                #expect(lowered & ~(0xFF << UInt64(position * 8)) == 0x6161_6161_6161_6161 & ~(0xFF << UInt64(position * 8)))
            }
        }
    }

    @Test func idsFollowFirstInsertionAndLongWordsCompareEveryChunk() {
        // Words sharing their first eight or sixteen bytes, and a prefix of another word.
        let words = ["internationalisation", "internationalisatio", "internationally", "internat",
                     "internationalisation", "inter", "internat", "internationalisations"]
        var table = TermTable(minimumCapacity: 2)
        var lowercaser = WordLowercaser()
        defer { lowercaser.deallocate() }
        var ids: [Int] = []
        var isNew: [Bool] = []
        for word in words {
            let padded = lowercaser.padded(Array(word.utf8))
            let inserted = table.insert(padded, hash: TermTable.hash(padded))
            ids.append(inserted.id)
            isNew.append(inserted.isNew)
            #expect(table.id(of: padded, hash: TermTable.hash(padded)) == inserted.id)
        }
        #expect(ids == [0, 1, 2, 3, 0, 4, 3, 5])
        #expect(isNew == [true, true, true, true, false, true, false, true])
        let missing = lowercaser.padded(Array("internationalisatioN".utf8))
        #expect(table.id(of: missing, hash: TermTable.hash(missing)) == nil)
    }
}
