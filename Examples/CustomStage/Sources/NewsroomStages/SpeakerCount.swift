import PipelineCore
import Stages

/// Who is quoted in a document, how often, and at what length.
public struct SpeakerCounts: Artifact, Equatable {
    public struct Speaker: Codable, Sendable, Equatable {
        public var speaker: String
        public var quotes: Int
        /// Unicode scalars quoted from this speaker, all quotes together.
        public var quotedLength: Int

        public init(speaker: String, quotes: Int, quotedLength: Int) {
            self.speaker = speaker
            self.quotes = quotes
            self.quotedLength = quotedLength
        }

        enum CodingKeys: String, CodingKey {
            case speaker, quotes
            case quotedLength = "quoted_length"
        }
    }

    /// Most quoted first; ties by name, so the order is the same on every run.
    public var speakers: [Speaker]
    /// Quotes with no speaker found (scare quotes and titles are not counted).
    public var unattributed: Int

    public init(speakers: [Speaker], unattributed: Int) {
        self.speakers = speakers
        self.unattributed = unattributed
    }
}

/// Counts `quote-extract`'s quotes per resolved speaker.
public struct SpeakerCount: Stage {
    public struct Options: StageOptions {
        /// YAML `include_partial`: count partial quotes (quoted fragments) too. Default true.
        public var includePartial = true

        public init() {}

        enum CodingKeys: String, CodingKey {
            case includePartial = "include_partial"
        }
    }

    public static let name = "speaker-count"
    public static let summary = "Counts quotes and quoted length per speaker."
    public static let inputs: [InputPort] = [.required("quotes", Quotes.self)]

    private let options: Options

    public init(options: Options, context: StageContext) {
        self.options = options
    }

    public func process(_ input: StageInput) throws -> SpeakerCounts {
        let quotes = try input.required("quotes", as: Quotes.self).quotes
        var bySpeaker: [String: SpeakerCounts.Speaker] = [:]
        var unattributed = 0
        for quote in quotes where quote.kind != .other && (options.includePartial || quote.kind != .partial) {
            guard let speaker = quote.speaker, !speaker.isEmpty else {
                unattributed += 1
                continue
            }
            bySpeaker[speaker, default: .init(speaker: speaker, quotes: 0, quotedLength: 0)].quotes += 1
            bySpeaker[speaker]?.quotedLength += max(0, quote.end - quote.start)
        }
        let speakers = bySpeaker.values.sorted { ($0.quotes, $1.speaker) > ($1.quotes, $0.speaker) }
        return SpeakerCounts(speakers: speakers, unattributed: unattributed)
    }
}
