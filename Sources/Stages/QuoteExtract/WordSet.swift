/// A fixed set of lowercased words for the lexicons, looked up without SipHash (see `WordMap`).
struct WordSet: Sequence, Sendable {
    private let map: WordMap<Bool>

    init(_ words: [String]) {
        map = WordMap(words.map { ($0, true) })
    }

    func contains(_ key: String) -> Bool { map[key] != nil }

    /// This set and `more`.
    func union(_ more: [String]) -> WordSet { WordSet(map.map(\.0) + more) }

    func makeIterator() -> IndexingIterator<[String]> { map.map(\.0).makeIterator() }
}
