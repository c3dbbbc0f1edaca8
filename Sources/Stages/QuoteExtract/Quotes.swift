import PipelineCore

/// How a quote stands in its text.
public enum QuoteKind: String, Codable, Sendable, CaseIterable {
    /// A full quoted utterance: “We will not give in,” she said.
    case direct
    /// A quoted fragment inside a reporting sentence: accused the US of “psychological terrorism”.
    case partial
    /// One utterance running over several paragraphs (an opening mark on each, a closing mark at the end).
    case block
    /// A title or scare quote with no speaker: the film “Ray”, so-called “experts”.
    case other
}

/// One quote with, when found, who said it.
///
/// `start`/`end` cover the quoted words without the outer quotation marks. `speaker` is the
/// resolved name (`he` → `Nicolas Maduro`); `speakerStart`/`speakerEnd` point at the mention
/// in the text (the pronoun when the speaker was a pronoun).
public struct Quote: Codable, Sendable, Hashable {
    public var text: String
    public var start: Int
    public var end: Int
    public var kind: QuoteKind
    public var speaker: String?
    public var speakerStart: Int?
    public var speakerEnd: Int?
    /// The cue verb or phrase that attributes the quote (`said`, `told`, `according to`).
    public var cue: String?

    public init(
        text: String, start: Int, end: Int, kind: QuoteKind, speaker: String? = nil,
        speakerStart: Int? = nil, speakerEnd: Int? = nil, cue: String? = nil
    ) {
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
        self.speaker = speaker
        self.speakerStart = speakerStart
        self.speakerEnd = speakerEnd
        self.cue = cue
    }

    enum CodingKeys: String, CodingKey {
        case text, start, end, kind, speaker, cue
        case speakerStart = "speaker_start"
        case speakerEnd = "speaker_end"
    }
}

/// Every quote of a document, in text order, with offsets into the text `quote-extract` read.
public struct Quotes: Artifact, Equatable {
    public var quotes: [Quote]

    public init(quotes: [Quote]) {
        self.quotes = quotes
    }
}
