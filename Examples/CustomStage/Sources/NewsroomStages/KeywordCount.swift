import PipelineCore
import Stages

/// How often each watched keyword occurs among a document's words.
public struct KeywordCounts: Artifact, Equatable {
    public struct Hit: Codable, Sendable, Equatable {
        public var keyword: String
        public var count: Int
        /// Offset of the first occurrence in the tokenized text, or nil when it never occurs.
        public var firstStart: Int?

        public init(keyword: String, count: Int, firstStart: Int?) {
            self.keyword = keyword
            self.count = count
            self.firstStart = firstStart
        }

        enum CodingKeys: String, CodingKey {
            case keyword, count
            case firstStart = "first_start"
        }
    }

    /// One entry per keyword, in the order the options list them.
    public var keywords: [Hit]

    public init(keywords: [Hit]) {
        self.keywords = keywords
    }
}

/// Counts watched keywords among `tokenize`'s word tokens, case-insensitively by default.
public struct KeywordCount: Stage {
    public struct Options: StageOptions {
        /// YAML `keywords`: the words to count (single words). Required, at least one.
        public var keywords: [String] = []
        /// YAML `case_sensitive`: match case exactly. Default false.
        public var caseSensitive = false

        public init() {}

        enum CodingKeys: String, CodingKey {
            case keywords
            case caseSensitive = "case_sensitive"
        }
    }

    public static let name = "keyword-count"
    public static let summary = "Counts watched keywords among the document's words."
    public static let inputs: [InputPort] = [.required("tokens", TokenizedText.self)]

    private let keywords: [String]
    private let caseSensitive: Bool
    /// Keyword → its position in `keywords`, for one lookup per word.
    private let positions: [String: Int]
    /// The keywords' lengths in scalars: only words of these lengths are looked up.
    private let lengths: Set<Int>

    public init(options: Options, context: StageContext) throws {
        guard !options.keywords.isEmpty else {
            throw OptionError(key: "keywords", "list at least one keyword", hint: "e.g. 'keywords: [budget, tax]'")
        }
        if let phrase = options.keywords.first(where: { $0.unicodeScalars.contains(where: \.properties.isWhitespace) }) {
            throw OptionError(key: "keywords", "'\(phrase)' is not a single word")
        }
        let caseSensitive = options.caseSensitive
        var positions: [String: Int] = [:]
        for (index, keyword) in options.keywords.enumerated() {
            let folded = Self.fold(keyword, caseSensitive: caseSensitive)
            if positions[folded] == nil { positions[folded] = index }
        }
        self.caseSensitive = caseSensitive
        self.keywords = options.keywords
        self.positions = positions
        self.lengths = Set(positions.keys.map { $0.unicodeScalars.count })
    }

    public func process(_ input: StageInput) throws -> KeywordCounts {
        let tokenized = try input.required("tokens", as: TokenizedText.self)
        let scalars = Array(tokenized.text.unicodeScalars)
        var hits = keywords.map { KeywordCounts.Hit(keyword: $0, count: 0, firstStart: nil) }
        for token in tokenized.tokens where token.kind == .word {
            // Only words of a keyword's length are worth a string.
            guard lengths.contains(token.end - token.start), token.start >= 0, token.end <= scalars.count else { continue }
            var word = String.UnicodeScalarView()
            word.append(contentsOf: scalars[token.start..<token.end])
            guard let index = positions[Self.fold(String(word), caseSensitive: caseSensitive)] else { continue }
            hits[index].count += 1
            if hits[index].firstStart == nil { hits[index].firstStart = token.start }
        }
        return KeywordCounts(keywords: hits)
    }

    private static func fold(_ word: String, caseSensitive: Bool) -> String {
        caseSensitive ? word : word.lowercased()
    }
}
