/// A fixed set of lowercased words for the lexicons, looked up without SipHash (see `WordMap`).
struct WordSet: Sequence, Sendable {
    private let words: [String]
    private let map: WordMap<Bool>

    init(_ words: [String]) {
        self.words = words
        map = WordMap(words.map { ($0, true) })
    }

    func contains(_ key: String) -> Bool { map[key] != nil }

    /// This set and `more`.
    func union(_ more: [String]) -> WordSet { WordSet(words + more) }

    func makeIterator() -> IndexingIterator<[String]> { words.makeIterator() }
}
