/// What a pronoun tells of the one it stands for.
enum PronounGender: Sendable {
    case male, female, plural, speaker
}
