import PipelineCore

/// Scalars being rewritten, with runs that map them back to the source text.
///
/// A pass reads one stream and builds the next; a pass that changes nothing hands back
/// nil, so clean text costs one scan per pass. The mapping is kept as runs, in the
/// `TextAlignment` sense (equal lengths map scalar by scalar, others as a block), so the
/// bookkeeping grows with the number of changes, not with the length of the text.
struct ScalarStream {
    typealias Run = TextAlignment.Run

    var scalars: [UInt32]
    /// Runs covering the scalars in order; nil while the stream is the source itself.
    fileprivate(set) var runs: [Run]?

    init(_ buffer: ScalarBuffer) {
        self.scalars = buffer.scalars
    }

    fileprivate init(scalars: [UInt32], runs: [Run]) {
        self.scalars = scalars
        self.runs = runs
    }

    var count: Int { scalars.count }

    /// The index of the run holding scalar `i`.
    @inline(__always)
    fileprivate func runIndex(_ i: Int, in runs: [Run]) -> Int {
        var low = 0
        var high = runs.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if runs[mid].outputStart <= i { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The source offset where scalar `i` begins.
    func sourceStart(_ i: Int) -> Int {
        guard let runs, !runs.isEmpty else { return i }
        let run = runs[runIndex(i, in: runs)]
        return run.length == run.sourceLength ? run.sourceStart + (i - run.outputStart) : run.sourceStart
    }

    /// The source offset where scalar `i` ends.
    func sourceEnd(_ i: Int) -> Int {
        guard let runs, !runs.isEmpty else { return i + 1 }
        let run = runs[runIndex(i, in: runs)]
        return run.length == run.sourceLength
            ? run.sourceStart + (i - run.outputStart) + 1 : run.sourceStart + run.sourceLength
    }

    /// The text, encoded straight from the scalar values.
    var text: String {
        var capacity = 0
        for value in scalars {
            capacity += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: capacity) { (buffer: UnsafeMutableBufferPointer<UInt8>) -> Int in
            var k = 0
            for value in scalars {
                if value < 0x80 {
                    buffer[k] = UInt8(value)
                    k += 1
                } else if value < 0x800 {
                    buffer[k] = UInt8(0xC0 | (value >> 6))
                    buffer[k + 1] = UInt8(0x80 | (value & 0x3F))
                    k += 2
                } else if value < 0x10000 {
                    buffer[k] = UInt8(0xE0 | (value >> 12))
                    buffer[k + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    buffer[k + 2] = UInt8(0x80 | (value & 0x3F))
                    k += 3
                } else {
                    buffer[k] = UInt8(0xF0 | (value >> 18))
                    buffer[k + 1] = UInt8(0x80 | ((value >> 12) & 0x3F))
                    buffer[k + 2] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    buffer[k + 3] = UInt8(0x80 | (value & 0x3F))
                    k += 4
                }
            }
            return k
        }
    }

    /// The alignment back to the source. A block whose output happens to be as long as its
    /// source reads as scalar-by-scalar there; it still maps inside the block's source.
    var alignment: TextAlignment {
        TextAlignment(runs: runs ?? [Run(outputStart: 0, length: scalars.count, sourceStart: 0, sourceLength: scalars.count)])
    }
}

/// Builds the next stream of a pass: copies scalars through, replaces or deletes ranges.
///
/// Deleted source scalars inside the text are attached to the next output scalar, so a
/// span that ends before a deletion maps back without it (an alignment maps an end that
/// falls on a run's start to that run's source start). Deletions before the first or
/// after the last output scalar attach to nothing.
struct ScalarStreamBuilder {
    typealias Run = TextAlignment.Run

    private let input: ScalarStream
    private var scalars: [UInt32] = []
    private var runs: [Run] = []
    private(set) var changed = false
    /// The source start of deleted scalars not yet attached to an output scalar.
    private var pendingDeletion: Int?

    init(_ input: ScalarStream) {
        self.input = input
        scalars.reserveCapacity(input.count)
    }

    /// Copies input scalar `i` unchanged.
    mutating func copy(_ i: Int) {
        copy(i..<(i + 1))
    }

    /// Copies input scalars `range` unchanged.
    mutating func copy(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        let outputStart = scalars.count
        scalars.append(contentsOf: input.scalars[range])
        mapLikeInput(range, outputStart: outputStart)
    }

    /// Writes `replacement` for input scalars `range` (empty to delete them).
    mutating func replace(_ range: Range<Int>, with replacement: [UInt32]) {
        changed = true
        guard !range.isEmpty else { return }
        guard !replacement.isEmpty else { delete(range); return }
        let outputStart = scalars.count
        scalars.append(contentsOf: replacement)
        if replacement.count == range.count {
            mapLikeInput(range, outputStart: outputStart)  // scalar by scalar
        } else {
            let start = input.sourceStart(range.lowerBound)
            let end = input.sourceEnd(range.upperBound - 1)
            add(Run(outputStart: outputStart, length: replacement.count, sourceStart: start, sourceLength: end - start))
        }
    }

    /// Deletes input scalars `range`.
    mutating func delete(_ range: Range<Int>) {
        changed = true
        guard !range.isEmpty, pendingDeletion == nil, !scalars.isEmpty else { return }
        pendingDeletion = input.sourceStart(range.lowerBound)
    }

    /// The new stream. A deletion still pending at the end attaches to nothing.
    func finish() -> ScalarStream {
        ScalarStream(scalars: scalars, runs: runs)
    }

    /// Maps output `[outputStart, outputStart + range.count)` as the input maps `range`.
    private mutating func mapLikeInput(_ range: Range<Int>, outputStart: Int) {
        guard let inputRuns = input.runs, !inputRuns.isEmpty else {
            add(Run(outputStart: outputStart, length: range.count, sourceStart: range.lowerBound, sourceLength: range.count))
            return
        }
        var k = input.runIndex(range.lowerBound, in: inputRuns)
        var position = range.lowerBound
        while position < range.upperBound && k < inputRuns.count {
            let run = inputRuns[k]
            let runEnd = run.outputStart + run.length
            let pieceEnd = min(runEnd, range.upperBound)
            let length = pieceEnd - position
            let out = outputStart + (position - range.lowerBound)
            if run.length == run.sourceLength {
                add(Run(outputStart: out, length: length, sourceStart: run.sourceStart + (position - run.outputStart),
                        sourceLength: length))
            } else if length == run.length {
                add(Run(outputStart: out, length: length, sourceStart: run.sourceStart, sourceLength: run.sourceLength))
            } else {
                // Part of a block still maps to the whole block.
                add(Run(outputStart: out, length: length, sourceStart: run.sourceStart, sourceLength: run.sourceLength))
            }
            position = pieceEnd
            k += 1
        }
    }

    /// Appends a run, attaching a pending deletion and merging with the previous run
    /// where the two read as one.
    private mutating func add(_ new: Run) {
        var run = new
        guard run.length > 0 else { return }
        if let pending = pendingDeletion {
            pendingDeletion = nil
            if run.sourceStart > pending {
                let extra = run.sourceStart - pending
                if run.length == run.sourceLength {
                    // The first scalar takes the deletion in, as a block; the rest stay one to one.
                    append(Run(outputStart: run.outputStart, length: 1, sourceStart: pending, sourceLength: 1 + extra))
                    run = Run(outputStart: run.outputStart + 1, length: run.length - 1, sourceStart: run.sourceStart + 1,
                              sourceLength: run.sourceLength - 1)
                    guard run.length > 0 else { return }
                } else {
                    run.sourceStart = pending
                    run.sourceLength += extra
                }
            }
        }
        append(run)
    }

    private mutating func append(_ run: Run) {
        if let last = runs.last {
            let lastIdentity = last.length == last.sourceLength
            let identity = run.length == run.sourceLength
            if lastIdentity && identity && last.sourceStart + last.sourceLength == run.sourceStart
                && last.outputStart + last.length == run.outputStart
            {
                runs[runs.count - 1].length += run.length
                runs[runs.count - 1].sourceLength += run.sourceLength
                return
            }
            // Two runs over the same source are pieces of one block, even when a piece's
            // length happens to equal the block's source length and reads as one to one:
            // "″" and a mark under NFKC and fold_quotes gave [0,2→0,2][2,1→0,2], an alignment
            // that went back from offset 1 to 0 (found by fuzzing).
            if last.sourceStart == run.sourceStart && last.sourceLength == run.sourceLength
                && last.outputStart + last.length == run.outputStart
            {
                runs[runs.count - 1].length += run.length
                return
            }
        }
        runs.append(run)
    }
}
