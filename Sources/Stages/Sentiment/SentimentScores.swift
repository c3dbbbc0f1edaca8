/// VADER's four numbers for one text: the shares of negative, neutral and positive
/// valence, and the normalized compound score in [-1, 1].
public struct SentimentScores: Codable, Sendable, Equatable {
    public var neg: Double
    public var neu: Double
    public var pos: Double
    public var compound: Double

    public init(neg: Double, neu: Double, pos: Double, compound: Double) {
        self.neg = neg
        self.neu = neu
        self.pos = pos
        self.compound = compound
    }

    public static let zero = SentimentScores(neg: 0, neu: 0, pos: 0, compound: 0)
}

/// Rounding as Python's `round(x, ndigits)`: to the nearest decimal of the exact binary
/// value, ties to even, then to the nearest `Double`.
enum PythonRounding {
    /// `round(x, digits)` for `scale` = 10^digits (exact powers of ten only).
    @inline(__always)
    static func round(_ x: Double, scale: Double) -> Double {
        let magnitude = Swift.abs(x)
        let scaled = magnitude * scale
        // Also NaN and the infinities, which Python returns as they are.
        guard scaled < 9.0e15 else { return x }
        // The rounded product is on the same side of every half-integer as the exact one, so it
        // picks the nearest integer, unless it lands on a half: then the product's rounding
        // error (exact by fused multiply-add) tells which way the exact value lies.
        var digits = scaled.rounded(.toNearestOrEven)
        if Swift.abs(scaled - digits) == 0.5 {  // exact: scaled < 2^53
            let error = (-scaled).addingProduct(magnitude, scale)
            if error > 0 { digits = scaled.rounded(.up) } else if error < 0 { digits = scaled.rounded(.down) }
        }
        // digits and scale are exact integers: the quotient is the nearest Double to the decimal.
        return Double(signOf: x, magnitudeOf: digits / scale)
    }
}
