/// The words a quote is attributed to, as they stand in the text, before resolution.
struct SpeakerMention: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// `he`, `she`, `they`.
        case pronoun(PronounGender)
        /// A run of capitalized words (`Venezuelan President Nicolas Maduro`, `Mr Smith`, `TimeWarner`).
        case name
        /// A common-noun phrase (`the actor`, `a spokesman`); `refersToPerson` when definite and headed
        /// by a person noun, so it can stand for the person last named.
        case description(refersToPerson: Bool)
        /// No subject of its own (`…, adding that this was "…"`): the speaker reported last.
        case previousSpeaker
    }

    var kind: Kind
    /// Scalar offsets of the mention.
    var start: Int
    var end: Int
    /// Index range into the document's words.
    var firstWord: Int
    var lastWord: Int
    /// For a description, how it names its speaker: `A spokesman for the Oxford University Press`
    /// → `Oxford University Press spokesman`.
    var label: String? = nil

    /// Whether the mention names someone or stands for someone named (not `a spokesman`).
    var isNamed: Bool {
        switch kind {
        case .description(let refersToPerson): refersToPerson
        case .pronoun, .name, .previousSpeaker: true
        }
    }

    /// Whether a later `he` or `she` may stand for this speaker: anyone named, and unnamed
    /// people such as `a spokesman`.
    var isPerson: Bool {
        // `it`, `they`: a body, not someone a later `he` may stand for.
        if case .pronoun(let g) = kind, g == .neuter || g == .plural { return false }
        if isNamed { return true }
        guard let head = label?.split(separator: " ").last else { return false }
        return PersonTitles.personNouns.contains(head.lowercased())
    }
}
