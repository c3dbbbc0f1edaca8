import PipelineCore
import Stages

/// How hard a document is to read, by the Flesch formulas over its words and sentences.
public struct ReadingLevel: Artifact, Equatable {
    public var words: Int
    public var sentences: Int
    public var syllables: Int
    /// Flesch–Kincaid grade level (US school grade); nil below `min_words` words.
    public var grade: Double?
    /// Flesch reading ease, 0 (hard) to 100 (easy); nil below `min_words` words.
    public var readingEase: Double?

    enum CodingKeys: String, CodingKey {
        case words, sentences, syllables, grade
        case readingEase = "reading_ease"
    }
}

/// Scores readability from `tokenize`'s words and sentences.
public struct ReadingLevelStage: Stage {
    public struct Options: StageOptions {
        /// YAML `min_words`: below this many words no score is given. Default 30.
        public var minWords = 30

        public init() {}

        enum CodingKeys: String, CodingKey {
            case minWords = "min_words"
        }
    }

    public static let name = "reading-level"
    public static let summary = "Flesch–Kincaid grade and reading ease from words, sentences and syllables."
    public static let inputs: [InputPort] = [.required("tokens", TokenizedText.self)]

    private let minWords: Int

    public init(options: Options, context: StageContext) throws {
        guard options.minWords >= 1 else { throw OptionError(key: "min_words", "must be at least 1") }
        minWords = options.minWords
    }

    public func process(_ input: StageInput) throws -> ReadingLevel {
        let tokenized = try input.required("tokens", as: TokenizedText.self)
        let scalars = Array(tokenized.text.unicodeScalars)
        var words = 0
        var syllables = 0
        for token in tokenized.tokens where token.kind == .word && token.start >= 0 && token.end <= scalars.count {
            words += 1
            syllables += Self.syllables(scalars[token.start..<token.end])
        }
        let sentences = max(tokenized.sentences.count, 1)
        guard words >= minWords else {
            return ReadingLevel(words: words, sentences: sentences, syllables: syllables, grade: nil, readingEase: nil)
        }
        let wordsPerSentence = Double(words) / Double(sentences)
        let syllablesPerWord = Double(syllables) / Double(words)
        return ReadingLevel(
            words: words, sentences: sentences, syllables: syllables,
            grade: Self.rounded(0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59),
            readingEase: Self.rounded(206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord))
    }

    /// Vowel groups, less a silent final e, at least one: the usual English estimate.
    static func syllables(_ word: ArraySlice<Unicode.Scalar>) -> Int {
        var count = 0
        var previousWasVowel = false
        for scalar in word {
            let isVowel = "aeiouyAEIOUY".unicodeScalars.contains(scalar)
            if isVowel && !previousWasVowel { count += 1 }
            previousWasVowel = isVowel
        }
        if word.count > 2, let last = word.last, last == "e" || last == "E", count > 1,
            let before = word.dropLast().last, !"lL".unicodeScalars.contains(before)
        {
            count -= 1
        }
        return max(count, 1)
    }

    private static func rounded(_ value: Double) -> Double {
        (value * 100).rounded() / 100
    }
}
