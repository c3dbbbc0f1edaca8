/// Finds paragraphs: blocks of lines separated by blank lines (a line holding only
/// whitespace is blank) or by U+2029 PARAGRAPH SEPARATOR.
///
/// In the article format the first line is a headline and a `By …` line right after it a
/// byline, each its own paragraph even when no blank line follows. The first line counts
/// as a headline only when it is followed by a line break, has at most 20 words and does
/// not end with `.`, `,`, `;`, `:` or a hyphen — so hard-wrapped prose is not cut.
struct ParagraphFinder<Scalars: RandomAccessCollection<UInt32>> where Scalars.Index == Int {
    let scalars: Scalars
    let detectHeadline: Bool

    /// A block's content range `[start, end)`, from its first to after its last non-space scalar.
    struct Block {
        var start: Int
        var end: Int
    }

    func blocks() -> [Block] {
        var lineBreaks: [Int] = []
        for (k, c) in scalars.enumerated() where ScalarClass.isLineBreak(c) {
            if c == 0x0A && k > 0 && scalars[k - 1] == 0x0D { lineBreaks[lineBreaks.count - 1] = k } else { lineBreaks.append(k) }
        }
        return blocks(lineBreaks: lineBreaks)
    }

    /// The blocks, given the offsets of the line breaks (a CR LF pair once, at its LF).
    func blocks(lineBreaks: [Int]) -> [Block] {
        var blocks: [Block] = []
        // At most one block per line, and mostly one per two lines (a blank line between).
        blocks.reserveCapacity(lineBreaks.count / 2 + 2)
        let n = scalars.count
        var blockStart = -1
        var blockEnd = -1
        var contentLines = 0
        var lineStart = 0
        var breakIndex = 0
        while lineStart <= n {
            // One line: [lineStart, lineEnd), then its break (CR LF counts as one).
            let breakAt = breakIndex < lineBreaks.count ? lineBreaks[breakIndex] : n
            breakIndex += 1
            var lineEnd = breakAt
            if breakAt < n && scalars[breakAt] == 0x0A && breakAt > lineStart && scalars[breakAt - 1] == 0x0D {
                lineEnd = breakAt - 1
            }
            let next = breakAt + 1
            var firstContent = lineStart
            while firstContent < lineEnd && ScalarClass.isWhitespace(scalars[firstContent]) { firstContent += 1 }
            var lastContent = lineEnd - 1
            while lastContent >= firstContent && ScalarClass.isWhitespace(scalars[lastContent]) { lastContent -= 1 }
            let paragraphSeparator = breakAt < n && scalars[breakAt] == 0x2029
            if firstContent >= lineEnd {
                if blockStart >= 0 { blocks.append(Block(start: blockStart, end: blockEnd)) }
                blockStart = -1
            } else {
                if blockStart < 0 { blockStart = firstContent }
                blockEnd = lastContent + 1
                contentLines += 1
                var cut = paragraphSeparator
                if detectHeadline && next < n && !cut {
                    if contentLines == 1 && blocks.isEmpty {
                        cut = isHeadline(firstContent, lastContent, words: words(firstContent, lastContent + 1))
                            || startsByline(next)
                    } else if contentLines == 2 && blocks.count <= 1 && isByline(firstContent) {
                        cut = true
                    }
                }
                if cut {
                    blocks.append(Block(start: blockStart, end: blockEnd))
                    blockStart = -1
                }
            }
            if breakAt >= n { break }
            lineStart = next
        }
        if blockStart >= 0 { blocks.append(Block(start: blockStart, end: blockEnd)) }
        return blocks
    }

    /// The number of space-separated words in `[start, end)`, counting at most 21.
    private func words(_ start: Int, _ end: Int) -> Int {
        var count = 0
        var inWord = false
        for k in start..<end {
            if ScalarClass.isWhitespace(scalars[k]) {
                inWord = false
            } else if !inWord {
                count += 1
                inWord = true
                if count > 20 { break }
            }
        }
        return count
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
