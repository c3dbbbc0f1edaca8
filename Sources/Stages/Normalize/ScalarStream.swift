import PipelineCore

/// Scalars being rewritten, each remembering the source range `[start, end)` it came from.
///
/// A pass reads one stream and builds the next; a pass that changes nothing hands its
/// input back, so clean text costs one scan per pass and no bookkeeping.
struct ScalarStream {
    var scalars: [UInt32]
    /// Source start of each scalar; nil while the stream is the source itself.
    private var starts: [Int]?
    /// Source end of each scalar; nil while the stream is the source itself.
    private var ends: [Int]?

    init(_ text: String) {
        var scalars: [UInt32] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { scalars.append(scalar.value) }
        self.scalars = scalars
    }

    fileprivate init(scalars: [UInt32], starts: [Int], ends: [Int]) {
        self.scalars = scalars
        self.starts = starts
        self.ends = ends
    }

    var count: Int { scalars.count }

    @inline(__always)
    func sourceStart(_ i: Int) -> Int { starts?[i] ?? i }

    @inline(__always)
    func sourceEnd(_ i: Int) -> Int { ends?[i] ?? i + 1 }

    var text: String {
        var view = String.UnicodeScalarView()
        view.reserveCapacity(scalars.count)
        for value in scalars {
            if let scalar = Unicode.Scalar(value) { view.append(scalar) }
        }
        return String(view)
    }

    /// The alignment back to the source: identity runs where scalars map one to one and
    /// in order, block runs elsewhere; nil when the stream is the source unchanged.
    func alignment(sourceCount: Int) -> TextAlignment? {
        guard let starts, let ends else { return nil }
        var runs: [TextAlignment.Run] = []
        var i = 0
        let n = scalars.count
        // One output from one source scalar that no neighbour shares.
        func isSingle(_ k: Int) -> Bool {
            ends[k] == starts[k] + 1 && (k == 0 || starts[k - 1] != starts[k]) && (k + 1 == n || starts[k + 1] != starts[k])
        }
        while i < n {
            let start = starts[i]
            if isSingle(i) {
                // Identity run: consecutive outputs from consecutive single sources.
                var j = i + 1
                while j < n && starts[j] == starts[j - 1] + 1 && isSingle(j) { j += 1 }
                runs.append(.init(outputStart: i, length: j - i, sourceStart: start, sourceLength: j - i))
                i = j
            } else {
                // Block run: all outputs sharing this source range.
                var j = i + 1
                while j < n && starts[j] == start && ends[j] == ends[i] { j += 1 }
                runs.append(.init(outputStart: i, length: j - i, sourceStart: start, sourceLength: ends[i] - start))
                i = j
            }
        }
        if runs.count == 1, let run = runs.first, run.length == sourceCount, run.sourceStart == 0,
            run.sourceLength == sourceCount
        {
            return nil
        }
        return TextAlignment(runs: runs)
    }
}

/// Builds the next stream of a pass: copies scalars through or replaces source ranges.
struct ScalarStreamBuilder {
    private let input: ScalarStream
    private var scalars: [UInt32] = []
    private var starts: [Int] = []
    private var ends: [Int] = []
    private(set) var changed = false
    /// The source start of deleted scalars not yet attached to an output scalar.
    private var pendingDeletion: Int?

    init(_ input: ScalarStream) {
        self.input = input
        scalars.reserveCapacity(input.count)
        starts.reserveCapacity(input.count)
        ends.reserveCapacity(input.count)
    }

    /// Copies input scalar `i` unchanged.
    @inline(__always)
    mutating func copy(_ i: Int) {
        append(input.scalars[i], start: input.sourceStart(i), end: input.sourceEnd(i))
    }

    /// Deleted source scalars inside the text are attached to the next output scalar, so a
    /// span that ends before a deletion maps back without it (an alignment maps an end at a
    /// run's start to that run's source start).
    @inline(__always)
    private mutating func append(_ value: UInt32, start: Int, end: Int) {
        scalars.append(value)
        if let pending = pendingDeletion {
            starts.append(pending)
            pendingDeletion = nil
        } else {
            starts.append(start)
        }
        ends.append(end)
    }

    /// Copies input scalars `range` unchanged.
    mutating func copy(_ range: Range<Int>) {
        for i in range { copy(i) }
    }

    /// Writes `replacement` for input scalars `range` (empty to delete them).
    mutating func replace(_ range: Range<Int>, with replacement: [UInt32]) {
        changed = true
        guard !range.isEmpty else { return }
        guard !replacement.isEmpty else { delete(range); return }
        let start = input.sourceStart(range.lowerBound)
        let end = input.sourceEnd(range.upperBound - 1)
        if replacement.count == range.count {
            // Same length: keep the finer mapping scalar by scalar.
            for (k, value) in replacement.enumerated() {
                append(value, start: input.sourceStart(range.lowerBound + k), end: input.sourceEnd(range.lowerBound + k))
            }
            return
        }
        let blockStart = pendingDeletion ?? start
        pendingDeletion = nil
        for value in replacement {
            scalars.append(value)
            starts.append(blockStart)
            ends.append(end)
        }
    }

    /// Deletes input scalars `range`.
    mutating func delete(_ range: Range<Int>) {
        changed = true
        // Deletions before the first output scalar attach to nothing: the output simply
        // starts later in the source.
        guard !range.isEmpty, pendingDeletion == nil, !scalars.isEmpty else { return }
        pendingDeletion = input.sourceStart(range.lowerBound)
    }

    /// The new stream. Deletions at the very end attach to nothing: the output ends earlier.
    func finish() -> ScalarStream {
        ScalarStream(scalars: scalars, starts: starts, ends: ends)
    }
}
