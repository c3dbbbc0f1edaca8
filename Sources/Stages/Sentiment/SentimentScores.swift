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
        var digits = nearestInteger(scaled)
        if Swift.abs(scaled - digits) == 0.5 {  // exact: scaled < 2^53
            let error = (-scaled).addingProduct(magnitude, scale)
            // scaled is an integer and a half below 2^52: one half more or less is exact.
            if error > 0 { digits = scaled + 0.5 } else if error < 0 { digits = scaled - 0.5 }
        }
        // digits and scale are exact integers: the quotient is the nearest Double to the decimal.
        return Double(signOf: x, magnitudeOf: digits / scale)
    }

    /// `x.rounded(.toNearestOrEven)` for `0 <= x < 9.0e15`, without a call to `rint` (which
    /// baseline x86-64 has no instruction for). Below 2^52, adding 2^52 leaves a sum whose
    /// unit in the last place is 1, so the addition itself rounds `x` to the nearest integer,
    /// ties to even, and subtracting 2^52 again is exact; from 2^52 on `x` is an integer.
    @inline(__always)
    static func nearestInteger(_ x: Double) -> Double {
        let twoTo52 = 4_503_599_627_370_496.0
        return x < twoTo52 ? (x + twoTo52) - twoTo52 : x
    }
}
