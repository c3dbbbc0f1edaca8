/// Maps Unicode scalar offsets in a rewritten text back to the text it was made from.
///
/// Stored as runs: each run says that output `[outputStart, outputStart + length)` came
/// from source `[sourceStart, sourceStart + sourceLength)`. Runs where the two lengths are
/// equal map scalar by scalar; others (an entity, a repaired mojibake sequence, a collapsed
/// whitespace run) map as a block.
public struct TextAlignment: Codable, Sendable, Equatable {
    public struct Run: Codable, Sendable, Equatable {
        public var outputStart: Int
        public var length: Int
        public var sourceStart: Int
        public var sourceLength: Int

        public init(outputStart: Int, length: Int, sourceStart: Int, sourceLength: Int) {
            self.outputStart = outputStart
            self.length = length
            self.sourceStart = sourceStart
            self.sourceLength = sourceLength
        }

        // Compact in JSON: [outputStart, length, sourceStart, sourceLength].
        public init(from decoder: any Decoder) throws {
            var container = try decoder.unkeyedContainer()
            outputStart = try container.decode(Int.self)
            length = try container.decode(Int.self)
            sourceStart = try container.decode(Int.self)
            sourceLength = try container.decode(Int.self)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.unkeyedContainer()
            try container.encode(outputStart)
            try container.encode(length)
            try container.encode(sourceStart)
            try container.encode(sourceLength)
        }
    }

    /// Runs in output order, covering the output without gaps.
    public var runs: [Run]

    public init(runs: [Run]) {
        self.runs = runs
    }

    /// The source span an output span `[start, end)` came from.
    public func sourceSpan(start: Int, end: Int) -> Range<Int> {
        let lower = sourceOffset(start, roundingUp: false)
        guard end > start, !runs.isEmpty else { return lower..<lower }
        // An end is the position just past the span's last scalar: map that scalar, so an end
        // on a run boundary stays with the span's own run (whatever the next run was made from).
        let last = end - 1
        let run = runs[runIndex(containing: last)]
        let delta = last - run.outputStart
        let upper: Int
        if delta >= run.length {
            upper = run.sourceStart + run.sourceLength + (delta - run.length) + 1
        } else if run.length == run.sourceLength {
            upper = run.sourceStart + delta + 1
        } else {
            upper = run.sourceStart + run.sourceLength
        }
        return lower..<max(lower, upper)
    }

    /// The index of the run whose output range holds `offset` (the last run before it, past the end).
    private func runIndex(containing offset: Int) -> Int {
        var low = 0
        var high = runs.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if runs[mid].outputStart <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The source offset of an output offset. Inside a block run, a start rounds to the run's
    /// start and an end to its end, so a span never cuts a source sequence in half.
    public func sourceOffset(_ offset: Int, roundingUp: Bool) -> Int {
        guard !runs.isEmpty else { return offset }
        let run = runs[runIndex(containing: offset)]
        let delta = offset - run.outputStart
        if delta >= run.length {
            return run.sourceStart + run.sourceLength + (delta - run.length)
        }
        if run.length == run.sourceLength { return run.sourceStart + delta }
        if delta == 0 { return run.sourceStart }
        return roundingUp ? run.sourceStart + run.sourceLength : run.sourceStart
    }
}
