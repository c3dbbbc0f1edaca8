/// A pairing style of quotation marks: which opening mark a closing mark answers.
enum QuoteStyle: UInt8, Sendable {
    case straightDouble, straightSingle
    case curlyDouble, curlySingle
    /// „…“ and „…” (German, Polish, Czech …).
    case lowDouble
    /// ‚…‘ and ‚…’.
    case lowSingle
    case guillemet, guillemetReversed
    case singleGuillemet, singleGuillemetReversed
    /// 「…」
    case corner
    /// 『…』, the nested form of 「…」.
    case whiteCorner

    /// Whether quotes of this style are the outer (speech) level rather than the nested one.
    var isDoubleLevel: Bool {
        switch self {
        case .straightDouble, .curlyDouble, .lowDouble, .guillemet, .guillemetReversed, .corner: true
        default: false
        }
    }

    /// Whether the mark is the same scalar whichever way it faces, so its role comes from context.
    var isStraight: Bool { self == .straightDouble || self == .straightSingle }
}
