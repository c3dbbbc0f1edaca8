/// The closed word lists a lowercased word belongs to, as bits: one table look-up answers every
/// `PersonTitles` and `AttributionLexicon` question the name resolver asks about a word.
///
/// The lists stay the source of truth (`Set<String>` each); the table is built from them once.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt32

    static let title = WordClass(rawValue: 1 << 0)
    static let office = WordClass(rawValue: 1 << 1)
    static let personNoun = WordClass(rawValue: 1 << 2)
    static let nonPersonWord = WordClass(rawValue: 1 << 3)
    static let objectMarker = WordClass(rawValue: 1 << 4)
    static let outletNoun = WordClass(rawValue: 1 << 5)
    static let document = WordClass(rawValue: 1 << 6)
    static let singularBody = WordClass(rawValue: 1 << 7)
    static let leadingFunctionWord = WordClass(rawValue: 1 << 8)
    static let preposition = WordClass(rawValue: 1 << 9)
    static let nameParticle = WordClass(rawValue: 1 << 10)
    static let timeWord = WordClass(rawValue: 1 << 11)
    static let kinNoun = WordClass(rawValue: 1 << 12)
    static let bodySuffix = WordClass(rawValue: 1 << 13)
    /// A key of `PersonTitles.genderOfTitle`, male or female.
    static let maleTitle = WordClass(rawValue: 1 << 14)
    static let femaleTitle = WordClass(rawValue: 1 << 15)
    /// A form of `CueVerbs` (set per document: the stage's options add forms).
    static let cue = WordClass(rawValue: 1 << 16)
    /// A possessive (`WordKey.isPossessive`: `Smith's`, `Wales'`; set per document).
    static let possessive = WordClass(rawValue: 1 << 17)

    /// The classes of a lowercased key (`WordKey.make`).
    static func of(_ key: String) -> WordClass {
        table.classes(of: key, hash: WordHash.of(key))
    }

    /// The key (`WordKey.make`) and classes of the lexicon word `s[start..<end]` spells once
    /// lowered, if it is one: the key is the lexicon's own string, so none is built.
    static func lexiconWord(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, hash: UInt64) -> (key: String, value: WordClass)? {
        table.map.entry(s, start, end, hash: hash)
    }

    /// Whether a word `lexiconWord` does not find is in no list.
    static var lexiconMatchesByScalars: Bool { table.map.matchesByScalars }

    /// `of(key)` when the key's `WordHash` is known.
    static func of(_ key: String, hash: UInt64) -> WordClass {
        table.classes(of: key, hash: hash)
    }

    /// The gender a title gives the name after it: `PersonTitles.genderOfTitle`.
    var titleGender: PronounGender? {
        contains(.maleTitle) ? .male : contains(.femaleTitle) ? .female : nil
    }

    private static let table = LexiconTable()
}

/// FNV-1a over the scalar values of a lowercased key, the same from scalars and from a `String`.
enum WordHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func add(_ h: UInt64, _ scalar: Unicode.Scalar) -> UInt64 {
        (h ^ UInt64(scalar.value)) &* 0x100_0000_01b3
    }

    static func of(_ key: String) -> UInt64 {
        // ASCII keys hash their bytes, which are their scalars.
        let ascii = key.utf8.withContiguousStorageIfAvailable { bytes -> UInt64? in
            var h = seed
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                h = (h ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            return h
        } ?? nil
        if let ascii { return ascii }
        var h = seed
        for scalar in key.unicodeScalars { h = add(h, scalar) }
        return h
    }

    /// The hash of `s[start..<end]` lowercased as `WordKey.make` lowercases it.
    @inline(__always)
    static func of(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> UInt64 {
        var h = seed
        var i = start
        while i < end {
            h = add(h, QuoteScalar.lowered(s[i]))
            i += 1
        }
        return h
    }
}

/// Every word of the lexicons with its classes.
private struct LexiconTable: Sendable {
    let map: WordMap<WordClass>

    init() {
        var byKey: [String: WordClass] = [:]
        func add(_ words: WordSet, _ c: WordClass) {
            for word in words { byKey[word, default: []].insert(c) }
        }
        add(PersonTitles.titles, .title)
        add(PersonTitles.offices, .office)
        add(PersonTitles.personNouns, .personNoun)
        add(PersonTitles.nonPersonWords, .nonPersonWord)
        add(PersonTitles.objectMarkers, .objectMarker)
        add(PersonTitles.outletNouns, .outletNoun)
        add(PersonTitles.documents, .document)
        add(PersonTitles.singularBodies, .singularBody)
        add(AttributionLexicon.leadingFunctionWords, .leadingFunctionWord)
        add(AttributionLexicon.prepositions, .preposition)
        add(AttributionLexicon.nameParticles, .nameParticle)
        add(NameResolver.timeWords, .timeWord)
        add(NameResolver.kinNouns, .kinNoun)
        add(NameResolver.bodySuffixes, .bodySuffix)
        for (word, gender) in PersonTitles.genderOfTitle {
            switch gender {
            case .male: byKey[word, default: []].insert(.maleTitle)
            case .female: byKey[word, default: []].insert(.femaleTitle)
            default: preconditionFailure("a title gives a name a male or female gender")
            }
        }
        map = WordMap(byKey.map { ($0.key, $0.value) })
    }

    func classes(of key: String, hash h: UInt64) -> WordClass {
        map[key, hash: h] ?? []
    }
}
