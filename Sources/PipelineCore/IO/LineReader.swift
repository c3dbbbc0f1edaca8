import Foundation

/// Reads a file descriptor line by line in fixed chunks, so a huge stream never sits in memory.
final class LineReader {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private var start = 0
    /// Bytes after `start` already searched for a newline, so a long line is scanned once,
    /// not again after every 64 KiB chunk read (quadratic in the line's length).
    private var searched = 0
    private var atEnd = false
    let maxLineBytes: Int
    /// False when the line `next()` last returned ran to the end of the input without a newline.
    private(set) var lastLineEndedWithNewline = true

    init(descriptor: Int32, ownsDescriptor: Bool, maxLineBytes: Int) {
        self.descriptor = descriptor
        self.ownsDescriptor = ownsDescriptor
        self.maxLineBytes = maxLineBytes
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    enum Line {
        case line([UInt8])
        /// A line longer than `maxLineBytes`: skipped up to its end, its length reported.
        case tooLong(Int)
    }

    func next() -> Line? {
        var skipped = 0
        while true {
            if let newline = buffer[(start + searched)...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(buffer[start..<newline])
                start = newline + 1
                searched = 0
                compact()
                lastLineEndedWithNewline = true
                if skipped > 0 { return .tooLong(skipped + line.count) }
                return .line(line)
            }
            searched = buffer.count - start
            if buffer.count - start > maxLineBytes {
                skipped += buffer.count - start
                buffer.removeAll(keepingCapacity: true)
                start = 0
                searched = 0
            }
            if atEnd {
                guard start < buffer.count || skipped > 0 else { return nil }
                let line = Array(buffer[start...])
                buffer.removeAll()
                start = 0
                searched = 0
                lastLineEndedWithNewline = false
                return skipped > 0 ? .tooLong(skipped + line.count) : .line(line)
            }
            fill()
        }
    }

    private func fill() {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 {
                atEnd = true
                return
            }
            buffer.append(contentsOf: chunk[0..<count])
            return
        }
    }

    private func compact() {
        if start > 1 << 20 {
            buffer.removeFirst(start)
            start = 0
        }
    }
}
