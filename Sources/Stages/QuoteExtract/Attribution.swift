/// A speaker mention with the cue that attributes the quote to it.
struct Attribution: Sendable, Equatable {
    var mention: SpeakerMention
    /// The cue as written (`said`, `told`, `according to`).
    var cue: String
    /// Where the cue starts in the text.
    var cueStart: Int
}
