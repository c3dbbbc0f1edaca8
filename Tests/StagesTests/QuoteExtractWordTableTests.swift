import Foundation
import Testing

@testable import Stages

/// The look-up structures behind quote-extract's speed must answer exactly as the `String`,
/// `Set` and `Dictionary` calls they replace.
struct QuoteExtractWordTableTests {
    static let probes = [
        "said", "Said", "the", "mr.", "prime minister", "café", "cafe\u{301}", "K", "\u{212A}", "naïve", "o'neil",
        "", " ", "a b", "smith's", "wales'", "smith’s", "BBC", "Tories", "bus", "Jones", "x\u{301}s", "s\u{301}",
    ]

    @Test func wordSetAnswersAsSet() {
        // Plain ASCII keys: the hashed table; a key with a non-ASCII scalar or `K`: the Dictionary fallback.
        for words in [["said", "the", "mr.", "prime minister", "o'neil"], ["café", "said"], ["K", "x"]] {
            let set = WordSet(words)
            let reference = Set(words)
            for probe in Self.probes + words {
                #expect(set.contains(probe) == reference.contains(probe), "\(words) \(probe)")
            }
            #expect(Set(set) == reference)
        }
    }

    @Test func wordMapAnswersAsDictionary() {
        let map: WordMap<Int> = ["he": 1, "she": 2, "they": 3]
        #expect(map["he"] == 1)
        #expect(map["they"] == 3)
        #expect(map["He"] == nil)
        #expect(map["it"] == nil)
        var pairs: [String: Int] = [:]
        for (key, value) in map { pairs[key] = value }
        #expect(pairs == ["he": 1, "she": 2, "they": 3])
        #expect(map.map { $0.0 }.sorted() == ["he", "she", "they"])
        let fallback = WordMap([("café", 1), ("the", 2)])
        #expect(fallback["cafe\u{301}"] == 1)  // canonically equal: Dictionary says so too
        #expect(fallback["the"] == 2)
    }

    @Test func nameTextAnswersAsTheStandardLibrary() {
        let texts = [
            "Gordon Brown", "Elan and Biogen Idec", "Smith's", "Wales'", "Tories", "", "  Ann  Lee ", "a\r\nb",
            "José María Aznar", "Ann\u{301} Lee", "s\u{301}", "Dr KW", " and ",
        ]
        let pieces = [" ", " and ", "s", "'s", "’s", "s'", "ing", "ss", "\n", "a"]
        for text in texts {
            #expect(NameText.words(text) == text.split(separator: " "), "\(text)")
            #expect(NameText.lastWord(text) == text.split(separator: " ").last, "\(text)")
            for piece in pieces {
                #expect(NameText.contains(text, piece) == text.contains(piece), "\(text) \(piece)")
                #expect(NameText.hasSuffix(text, piece) == text.hasSuffix(piece), "\(text) \(piece)")
            }
        }
    }

    @Test func scalarArrayDecodesAsUnicodeScalars() {
        for text in ["", "plain ASCII", "£5 — “quoted” ‘text’ naïve 日本語 𝄞 e\u{301}", "\u{10FFFF}\u{7F}\u{80}\u{7FF}\u{800}"] {
            #expect(ScalarArray.of(text) == Array(text.unicodeScalars))
        }
    }

    @Test func hashSetHoldsItsHashes() {
        let set = HashSet64([0, 1, 42, UInt64.max, 42])
        for h: UInt64 in [0, 1, 42, .max] { #expect(set.contains(h)) }
        for h: UInt64 in [2, 43, .max - 1] { #expect(!set.contains(h)) }
        #expect(!HashSet64([7]).contains(0))
    }

    @Test func wordKeysGiveEachWordsKeyAndClasses() {
        let text = "Mr. Brown's son said: \"The BBC’s Prime Minister said it\", the SAID firm of Smiths’ Café CAFÉ said."
        let s = Array(text.unicodeScalars)
        let words = WordLexer.words(s)
        let cues = CueVerbs()
        let keys = WordKeys(s, words, cues: cues)
        for (k, word) in words.enumerated() {
            let key = WordKey.make(s, word.start, word.end)
            #expect(keys.key(k) == key)
            #expect(keys.has(k, .title) == PersonTitles.titles.contains(key), "\(key)")
            #expect(keys.has(k, .leadingFunctionWord) == AttributionLexicon.leadingFunctionWords.contains(key))
            #expect(keys.has(k, .preposition) == AttributionLexicon.prepositions.contains(key))
            #expect(keys.has(k, .singularBody) == PersonTitles.singularBodies.contains(key))
            #expect(keys.has(k, .kinNoun) == NameResolver.kinNouns.contains(key))
            #expect(keys.classes(k).titleGender == PersonTitles.genderOfTitle[key])
            #expect(keys.has(k, .possessive) == WordKey.isPossessive(key), "\(key)")
            #expect(keys.has(k, .cue) == cues.contains(s, word.start, word.end), "\(key)")
        }
    }
}
