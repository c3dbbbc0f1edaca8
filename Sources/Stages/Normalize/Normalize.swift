import PipelineCore

/// The `normalize` stage: cleans the document text and keeps an alignment back to it.
///
/// Unicode NFC (or NFKC), whitespace collapsed with paragraphs kept as `"\n\n"`, control
/// and zero-width characters removed, soft hyphens and line-end hyphenation undone,
/// HTML entities decoded, mojibake repaired; optionally typographic quotes and dashes
/// folded to ASCII. Idempotent. See `TextNormalizer` and its passes for the exact rules.
public struct Normalize: Stage {
    /// Options under `with:`.
    public struct Options: StageOptions {
        /// YAML `form` (default `nfc`): `nfc` or `nfkc`.
        public var form: NormalizationForm = .nfc
        /// YAML `fold_quotes` (default `false`): curly quotes become `'` and `"`.
        public var foldQuotes: Bool = false
        /// YAML `fold_dashes` (default `false`): en dashes become `-`, em dashes `--`.
        public var foldDashes: Bool = false
        /// YAML `headline` (default `true`): a first line that looks like a headline, and a
        /// `By …` line after it, become paragraphs of their own.
        public var headline: Bool = true

        enum CodingKeys: String, CodingKey {
            case form
            case foldQuotes = "fold_quotes"
            case foldDashes = "fold_dashes"
            case headline
        }

        public init() {}
    }

    public typealias Output = Text

    public static let name = "normalize"
    public static let summary = "NFC, whitespace, entities, mojibake, hyphenation; keeps an alignment to the original"
    public static let inputs: [InputPort] = [.required("text", Text.self)]

    private let normalizer: TextNormalizer

    public init(options: Options, context: StageContext) throws {
        normalizer = TextNormalizer(
            form: options.form, foldQuotes: options.foldQuotes, foldDashes: options.foldDashes,
            headline: options.headline)
    }

    public func process(_ input: StageInput) throws -> Text {
        let text = try input.required("text", as: Text.self)
        return normalizer.normalize(text.text)
    }
}
