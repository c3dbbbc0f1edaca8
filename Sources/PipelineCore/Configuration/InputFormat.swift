/// How documents are read from an input.
public enum InputFormat: String, Sendable, CaseIterable, Codable {
    /// A UTF-8 text file: optional `date YYYY-MM-DD Headline…` header, headline, `By …` byline, paragraphs.
    case article
    /// A UTF-8 text file whose whole content is the body.
    case text
    /// One JSON object per line: `{"id": …, "text": …, other keys become metadata}`.
    case jsonl
}
