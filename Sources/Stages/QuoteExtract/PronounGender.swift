/// What a pronoun tells of the one it stands for.
enum PronounGender: Sendable {
    /// `it`: an organisation (`The China Three Gorges Project Corp … it said`).
    case male, female, plural, speaker, neuter
}
