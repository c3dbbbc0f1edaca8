/// Makes sure no token boundary cuts a grapheme cluster.
///
/// Most boundaries sit between scalars that can never join (ASCII, Latin-1, general
/// punctuation) and are settled by a range check; the rest are asked of the standard
/// library's grapheme breaking through a cursor that walks the string's scalar view, so
/// the cost stays proportional to the non-trivial boundaries. A token whose start or end
/// falls inside a cluster is widened to the cluster's edges and merged with any token it
/// then overlaps.
struct GraphemeGuard {
    let text: String
    let scalars: [UInt32]
    private var cursorOffset = 0
    private var cursor: String.Index

    init(text: String, scalars: [UInt32]) {
        self.text = text
        self.scalars = scalars
        self.cursor = text.unicodeScalars.startIndex
    }

    /// Repairs `tokens[first...]`, the tokens of one paragraph.
    mutating func repair(_ tokens: inout [Token], from first: Int) {
        var needsRepair = false
        for token in tokens[first...] where !isBoundary(token.start) || !isBoundary(token.end) {
            needsRepair = true
            break
        }
        guard needsRepair else { return }
        var repaired: [Token] = []
        repaired.reserveCapacity(tokens.count - first)
        for token in tokens[first...] {
            var start = token.start
            var end = token.end
            while start > 0 && !isBoundary(start) { start -= 1 }
            while end < scalars.count && !isBoundary(end) { end += 1 }
            if let last = repaired.last, start < last.end {
                repaired[repaired.count - 1].end = max(last.end, end)
                continue
            }
            repaired.append(Token(start: start, end: end, kind: token.kind))
        }
        tokens.replaceSubrange(first..., with: repaired)
    }

    /// Whether a grapheme cluster boundary falls before scalar `offset`.
    mutating func isBoundary(_ offset: Int) -> Bool {
        if offset <= 0 || offset >= scalars.count { return true }
        let previous = scalars[offset - 1]
        let next = scalars[offset]
        if Self.cannotJoin(previous, next) { return true }
        moveCursor(to: offset)
        return cursor.samePosition(in: text) != nil
    }

    /// A scalar that no grapheme rule joins to a neighbour on either side when the
    /// neighbour is such a scalar too (`cannotJoin` holds for every pair of them). A text
    /// of only these, and without a CR, needs no repair; `ScalarBuffer` notes the others.
    @inline(__always)
    static func joinsNothing(_ c: UInt32) -> Bool {
        c < 0x300 || (c >= 0x2010 && c <= 0x205F && c != 0x203C && c != 0x2049)
    }

    /// Scalars on either side of a boundary that no grapheme rule can join.
    @inline(__always)
    static func cannotJoin(_ previous: UInt32, _ next: UInt32) -> Bool {
        if previous == 0x0D { return next != 0x0A }
        let previousPlain = previous < 0x600 || (previous >= 0x2010 && previous <= 0x205F)
        let nextPlain = next < 0x300 || (next >= 0x2010 && next <= 0x205F && next != 0x203C && next != 0x2049)
        return previousPlain && nextPlain
    }

    private mutating func moveCursor(to offset: Int) {
        let view = text.unicodeScalars
        while cursorOffset < offset {
            cursor = view.index(after: cursor)
            cursorOffset += 1
        }
        while cursorOffset > offset {
            cursor = view.index(before: cursor)
            cursorOffset -= 1
        }
    }
}
