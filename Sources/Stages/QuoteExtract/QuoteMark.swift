/// What one quotation-mark scalar can do: the style it may open and the styles it may close.
struct QuoteMark: Sendable {
    let opens: QuoteStyle?
    /// Up to two styles the mark closes (`”` closes both `“` and `„`).
    let closes: (QuoteStyle?, QuoteStyle?)

    init?(_ c: Unicode.Scalar) {
        switch c.value {
        case 0x22, 0xFF02: (opens, closes) = (.straightDouble, (.straightDouble, nil))
        case 0x27: (opens, closes) = (.straightSingle, (.straightSingle, nil))
        case 0x201C: (opens, closes) = (.curlyDouble, (.lowDouble, nil))
        case 0x201D: (opens, closes) = (nil, (.curlyDouble, .lowDouble))
        case 0x201E: (opens, closes) = (.lowDouble, (nil, nil))
        case 0x201F: (opens, closes) = (.curlyDouble, (nil, nil))
        case 0x2018: (opens, closes) = (.curlySingle, (.lowSingle, nil))
        case 0x2019: (opens, closes) = (nil, (.curlySingle, .lowSingle))
        case 0x201A: (opens, closes) = (.lowSingle, (nil, nil))
        case 0x201B: (opens, closes) = (.curlySingle, (nil, nil))
        case 0xAB: (opens, closes) = (.guillemet, (.guillemetReversed, nil))
        case 0xBB: (opens, closes) = (.guillemetReversed, (.guillemet, nil))
        case 0x2039: (opens, closes) = (.singleGuillemet, (.singleGuillemetReversed, nil))
        case 0x203A: (opens, closes) = (.singleGuillemetReversed, (.singleGuillemet, nil))
        case 0x300C: (opens, closes) = (.corner, (nil, nil))
        case 0x300D: (opens, closes) = (nil, (.corner, nil))
        case 0x300E: (opens, closes) = (.whiteCorner, (nil, nil))
        case 0x300F: (opens, closes) = (nil, (.whiteCorner, nil))
        default: return nil
        }
    }

    func closes(_ style: QuoteStyle) -> Bool { closes.0 == style || closes.1 == style }

    /// Whether the scalar can be an apostrophe as well as a quotation mark.
    static func isApostropheLike(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "’" || c == "‘" }
}
