/// Finds paragraphs: blocks of lines separated by blank lines (a line holding only
/// whitespace is blank) or by U+2029 PARAGRAPH SEPARATOR.
///
/// In the article format the first line is a headline and a `By …` line right after it a
/// byline, each its own paragraph even when no blank line follows. The first line counts
/// as a headline only when it is followed by a line break, has at most 20 words and does
/// not end with `.`, `,`, `;`, `:` or a hyphen — so hard-wrapped prose is not cut.
struct ParagraphFinder {
    let scalars: [UInt32]
    let detectHeadline: Bool

    /// A block's content range `[start, end)`, from its first to after its last non-space scalar.
    struct Block {
        var start: Int
        var end: Int
    }

    func blocks() -> [Block] {
        var blocks: [Block] = []
        let n = scalars.count
        var blockStart = -1
        var blockEnd = -1
        var contentLines = 0
        var i = 0
        while i < n {
            // One line: [i, lineEnd), then its break.
            var lineEnd = i
            var firstContent = -1
            var lastContent = -1
            var words = 0
            var inWord = false
            while lineEnd < n && !ScalarClass.isLineBreak(scalars[lineEnd]) {
                let c = scalars[lineEnd]
                if ScalarClass.isWhitespace(c) {
                    inWord = false
                } else {
                    if firstContent < 0 { firstContent = lineEnd }
                    lastContent = lineEnd
                    if !inWord { words += 1; inWord = true }
                }
                lineEnd += 1
            }
            var next = lineEnd
            var paragraphSeparator = false
            if next < n {
                if scalars[next] == 0x2029 { paragraphSeparator = true }
                if scalars[next] == 0x0D && next + 1 < n && scalars[next + 1] == 0x0A { next += 2 } else { next += 1 }
            }
            if firstContent < 0 {
                if blockStart >= 0 { blocks.append(Block(start: blockStart, end: blockEnd)) }
                blockStart = -1
            } else {
                if blockStart < 0 { blockStart = firstContent }
                blockEnd = lastContent + 1
                contentLines += 1
                var cut = paragraphSeparator
                if detectHeadline && next < n && !cut {
                    if contentLines == 1 && blocks.isEmpty {
                        cut = isHeadline(firstContent, lastContent, words: words) || startsByline(next)
                    } else if contentLines == 2 && blocks.count <= 1 && isByline(firstContent) {
                        cut = true
                    }
                }
                if cut {
                    blocks.append(Block(start: blockStart, end: blockEnd))
                    blockStart = -1
                }
            }
            i = next
        }
        if blockStart >= 0 { blocks.append(Block(start: blockStart, end: blockEnd)) }
        return blocks
    }

    private func isHeadline(_ first: Int, _ last: Int, words: Int) -> Bool {
        guard words <= 20 else { return false }
        switch scalars[last] {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x2D: return false
        default: return true
        }
    }

    /// Whether the line starting at `i` (after optional spaces) is a `By …` byline.
    private func startsByline(_ i: Int) -> Bool {
        var j = i
        while j < scalars.count && scalars[j] != 0x0A && ScalarClass.isWhitespace(scalars[j]) { j += 1 }
        return j < scalars.count && isByline(j)
    }

    private func isByline(_ i: Int) -> Bool {
        guard i + 3 < scalars.count else { return false }
        return (scalars[i] == 0x42 || scalars[i] == 0x62) && scalars[i + 1] == 0x79
            && scalars[i + 2] == 0x20 && ScalarClass.isUpper(scalars[i + 3])
    }
}
