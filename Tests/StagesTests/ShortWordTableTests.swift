import Testing

@testable import Stages

struct ShortWordTableTests {
    /// `word` packed as the table keys it: little-endian, zero-padded.
    static func packed(_ word: String) -> UInt64 {
        var key: UInt64 = 0
        for (k, byte) in word.utf8.enumerated() { key |= UInt64(byte) << UInt64(k * 8) }
        return key
    }

    static func hash(_ key: UInt64, _ length: Int) -> UInt64 { WordHasher.packed(key, 0, 0, length: length) }

    static func table(_ words: [String]) -> ShortWordTable? {
        ShortWordTable(
            keys: words.map(packed), lengths: words.map(\.utf8.count),
            entries: words.indices.map { UInt64($0 + 1) << 32 | UInt64(words[$0].utf8.count) },
            hash: hash)
    }

    static func entry(_ table: ShortWordTable, _ word: String) -> UInt64 {
        let key = packed(word), length = word.utf8.count
        return table.entry(key, length: length, hash: hash(key, length))
    }

    @Test func findsEveryKeyAndNothingElse() throws {
        // Enough keys that some buckets fill and the table has to grow.
        let words = (0..<5000).map { "w\($0)" } + ["a", "good", "abcdefgh"]
        let table = try #require(Self.table(words))
        for (index, word) in words.enumerated() {
            #expect(Self.entry(table, word) >> 32 == UInt64(index + 1), "\(word)")
        }
        for word in ["b", "w5000", "goo", "goods", "abcdefgi", "W1"] { #expect(Self.entry(table, word) == 0, "\(word)") }
    }

    @Test func wordWithNULBytesDoesNotMatchTheKeyBeforeThem() throws {
        let table = try #require(Self.table(["ab", "abc"]))
        #expect(Self.entry(table, "ab\u{0}") == 0)
        #expect(Self.entry(table, "ab") >> 32 == 1)
    }

    @Test func keyWithANULByteGetsNoTable() {
        #expect(Self.table(["ok", "x\u{0}y"]) == nil)
    }

    @Test func lexiconWithoutATableStillFindsShortWords() {
        // The NUL key turns the short table off: lookups take the general path.
        let lexicon = SentimentLexicon(entries: [("good", 1.9), ("ba\u{0}d", -2.5)], emoji: [])
        let analyzer = VADERAnalyzer(mode: .vader, lexicon: lexicon)
        let withTable = VADERAnalyzer(mode: .vader, lexicon: SentimentLexicon(entries: [("good", 1.9)], emoji: []))
        #expect(analyzer.polarityScores("A good day") == withTable.polarityScores("A good day"))
        #expect(analyzer.polarityScores("A ba\u{0}d day").compound < 0)
        #expect(analyzer.polarityScores("A ba day").compound == 0)
    }
}
