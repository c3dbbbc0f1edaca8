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
    static func round(_ x: Double, scale: Double) -> Double {
        guard x.isFinite, x != 0 else { return x }
        let magnitude = Swift.abs(x)
        let scaled = magnitude * scale
        guard scaled < 9.0e15 else { return x }
        // magnitude * scale is exactly scaled + error (fused multiply-add gives the error).
        let error = (-scaled).addingProduct(magnitude, scale)
        let floor = scaled.rounded(.down)
        let fraction = scaled - floor  // exact: floor and scaled are within a factor of two, or floor is 0
        var digits = floor
        if fraction > 0.5 {
            digits += 1
        } else if fraction == 0.5 {
            if error > 0 || (error == 0 && floor.truncatingRemainder(dividingBy: 2) != 0) { digits += 1 }
        }
        let result = digits / scale
        return x < 0 ? -result : result
    }
}
