import PipelineCore

/// The `tokenize` stage: cuts a text into paragraphs, sentences and typed tokens.
///
/// It reads the document body directly when the pipeline has no `normalize` stage, or
/// normalize's output; every span in its `TokenizedText` is a Unicode scalar offset range
/// into the text it read, which the artifact carries.
///
/// Tokens follow the English conventions of Universal Dependencies (EWT, GUM):
/// - clitics split, with straight or curly apostrophes: `do` `n't`, `Maduro` `’s`, `they` `'re`,
///   `can` `not`, `gon` `na`, and the apostrophe-less `do` `nt`, `i` `m` of informal text;
/// - hyphenated compounds split (`well` `-` `known`) except after prefixes UD keeps
///   (`e-mail`, `non-human`, `re-use`); phone numbers and ISO dates stay whole;
/// - numbers whole: decimals, thousands separators, times (`10:30`), dates (`02/13/2001`),
///   ordinals and decades (`21st`, `1990s`); `%` and currency signs are separate symbols,
///   units split off (`$` `1.1` `bn`);
/// - abbreviations keep their period (`Mr.`, `U.S.`, `e.g.`, `Jan.`); URLs, emails,
///   hashtags, mentions, emoticons and emoji sequences are one token each.
/// Paragraphs and sentences: see `ParagraphFinder` and `SentenceSplitter`. No token,
/// sentence or paragraph boundary cuts a grapheme cluster (`GraphemeGuard`).
public struct Tokenize: Stage {
    /// Options under `with:`.
    public struct Options: StageOptions {
        /// YAML `headline` (default `true`): the first line is a headline and a `By …`
        /// line after it a byline, each its own paragraph and sentence.
        public var headline: Bool = true

        public init() {}
    }

    public typealias Output = TokenizedText

    public static let name = "tokenize"
    public static let summary = "paragraphs, sentences and tokens (word, number, punct, url, emoji…) as offset spans"
    public static let inputs: [InputPort] = [.required("text", Text.self)]

    private let tokenizer: Tokenizer

    public init(options: Options, context: StageContext) throws {
        tokenizer = Tokenizer(detectHeadline: options.headline)
    }

    public func process(_ input: StageInput) throws -> TokenizedText {
        let text = try input.required("text", as: Text.self)
        return tokenizer.tokenize(text.text)
    }
}
