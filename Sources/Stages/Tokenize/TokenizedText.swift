import PipelineCore

/// A half-open range `[start, end)` of Unicode scalar offsets into a text.
public struct Span: Codable, Sendable, Hashable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
}

/// What a token is, as `tokenize` classifies it.
public enum TokenKind: String, Codable, Sendable, CaseIterable {
    case word, number, punct, symbol, url, email, hashtag, mention, emoji
}

/// One token: a scalar offset span into the text and what kind of token it is.
public struct Token: Codable, Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var kind: TokenKind

    public init(start: Int, end: Int, kind: TokenKind) {
        self.start = start
        self.end = end
        self.kind = kind
    }

    public var span: Span { Span(start: start, end: end) }

    /// The number of scalars the token covers.
    public var length: Int { end - start }
}

/// The text cut into paragraphs, sentences and tokens, all as spans into `text`.
///
/// It carries the text it was made from, so a downstream stage (and a reader of the
/// JSON) can read every span without knowing which stage produced the text.
public struct TokenizedText: Artifact, Equatable {
    public var text: String
    public var paragraphs: [Span]
    public var sentences: [Span]
    public var tokens: [Token]

    public init(text: String, paragraphs: [Span], sentences: [Span], tokens: [Token]) {
        self.text = text
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.tokens = tokens
    }
}
