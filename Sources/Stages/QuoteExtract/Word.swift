/// A word or a punctuation scalar of the text: the unit the attribution finder reads.
///
/// Words keep internal apostrophes, hyphens and dots (`O'Neil`, `Maduro's`, `Ballymena-born`,
/// `U.S.`), and the dot of a known abbreviation (`Mr.`), whatever the tokenizer did with them,
/// so names and cue verbs are read the same way on any tokenization.
struct Word: Sendable, Equatable {
    var start: Int
    var end: Int
    /// A single scalar that is neither letter nor digit.
    var isPunct: Bool
    /// Starts with an uppercase letter.
    var isCapitalized: Bool
}
