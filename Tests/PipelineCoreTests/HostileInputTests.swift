import Foundation
@testable import PipelineCore
import Testing

/// Regressions for broken and hostile input found by the bad-input suite and by fuzzing
/// (`Fuzz/`): each test names the input that showed the problem.
struct HostileInputTests {
    private func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "pipeline-hostile-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    private func reason(_ input: DocumentInput?) -> String? {
        if case .unreadable(_, _, let reason) = input?.loaded() { return reason }
        return nil
    }

    /// A FIFO named `*.txt` in an input folder: opening it waited for a writer forever and
    /// the whole run hung. Now it is refused from its type, without being opened.
    @Test func aFIFOInAFolderIsRefusedWithoutWaiting() throws {
        let root = try temporaryFolder()
        #expect(mkfifo(root + "/pipe.txt", 0o644) == 0)
        try Data("Title\n\nBody.\n".utf8).write(to: URL(fileURLWithPath: root + "/z.txt"))
        let inputs = FolderReader(roots: [root], format: .article).map { $0.loaded() }
        #expect(inputs.map(\.id) == ["pipe", "z"])
        #expect(reason(inputs.first) == "not a regular file (a FIFO); skipped")
        #expect(FolderReader(roots: [root], format: .article).count() == 2)
    }

    /// The same FIFO swapped in after the walk looked at the entry: the loader opens
    /// without blocking and refuses what is not a regular file.
    @Test func theLoaderNeverBlocksOnAFIFOItWasNotAskedFor() throws {
        let root = try temporaryFolder()
        #expect(mkfifo(root + "/pipe.txt", 0o644) == 0)
        let input = DocumentLoader.load(
            path: root + "/pipe.txt", id: "pipe", source: "pipe.txt", format: .article, maxBytes: 1 << 20,
            regularFileOnly: true)
        #expect(reason(input) == "not a regular file; skipped")
    }

    /// A file deleted between its folder's listing and its turn was dropped without a word.
    @Test func aFileThatVanishesAfterTheListingIsReported() throws {
        let root = try temporaryFolder()
        for name in ["a.txt", "b.txt", "c.md"] {
            try Data("Title\n\nBody.\n".utf8).write(to: URL(fileURLWithPath: root + "/" + name))
        }
        var iterator = FolderReader(roots: [root], format: .article).makeIterator()
        #expect(iterator.next()?.id == "a")
        try FileManager.default.removeItem(atPath: root + "/b.txt")
        try FileManager.default.removeItem(atPath: root + "/c.md")  // not a document: no word about it
        let vanished = iterator.next()
        #expect(vanished?.id == "b")
        #expect(reason(vanished) == "the file vanished before it was read")
        #expect(iterator.next() == nil)
    }

    /// Lines longer than a read chunk, split at every chunk boundary, come back whole; one
    /// over the limit is reported with its length and the next line is still read.
    @Test func longLinesAcrossChunksAreReadWhole() throws {
        let root = try temporaryFolder()
        let long = [UInt8](repeating: UInt8(ascii: "a"), count: 300_000)
        let tooLong = [UInt8](repeating: UInt8(ascii: "b"), count: 700_000)
        let bytes = long + [0x0A] + tooLong + [0x0A] + Array("short".utf8) + [0x0A] + long
        try Data(bytes).write(to: URL(fileURLWithPath: root + "/lines.jsonl"))
        let descriptor = open(root + "/lines.jsonl", O_RDONLY)
        let reader = LineReader(descriptor: descriptor, ownsDescriptor: true, maxLineBytes: 500_000)
        var lines: [String] = []
        while let line = reader.next() {
            switch line {
            case .line(let bytes): lines.append("line \(bytes.count) \(bytes.allSatisfy { $0 == bytes.first })")
            case .tooLong(let count): lines.append("too long \(count)")
            }
        }
        #expect(lines == ["line 300000 true", "too long 700000", "line 5 false", "line 300000 true"])
        #expect(!reader.lastLineEndedWithNewline)
    }
}

extension HostileInputTests {
    /// Fuzzing (article target, seed `whitespace.txt`): a CRLF or CR file's title was the
    /// whole text up to the first LF, since "\r\n" is one `Character`, not "\n".
    @Test func crlfAndCRLinesEndTheHeadline() {
        for newline in ["\r\n", "\r", "\n"] {
            var metadata: [String: String] = [:]
            let text = "Markets rally\(newline)By Staff\(newline)\(newline)Shares rose.\(newline)"
            let body = ArticleParser.parse(text, metadata: &metadata)
            #expect(metadata["title"] == "Markets rally", "\(newline.debugDescription)")
            #expect(metadata["byline"] == "By Staff", "\(newline.debugDescription)")
            #expect(body == text)
        }
    }

    /// A 300-byte JSONL id stopped a run writing a JSON folder with "file name too long".
    @Test func idsAFileSystemCannotHoldAreUnsafe() {
        #expect(DocumentID.isSafe(String(repeating: "a", count: 250)))
        #expect(!DocumentID.isSafe(String(repeating: "a", count: 251)))
        #expect(DocumentID.isSafe(Array(repeating: String(repeating: "a", count: 200), count: 5).joined(separator: "/")))
        #expect(!DocumentID.isSafe(Array(repeating: String(repeating: "a", count: 200), count: 6).joined(separator: "/")))
        #expect(!DocumentID.isSafe(String(repeating: "é", count: 126)))  // 252 bytes
    }

    @Test func aRepeatedIDBecomesAFailureUnderANewID() {
        var seen = Set<Int>()
        let first = Executor.unique(.document(Document(id: "a", body: "1")), index: 0, seen: &seen)
        let second = Executor.unique(.document(Document(id: "a", body: "2")), index: 1, seen: &seen)
        let third = Executor.unique(.unreadable(id: "a", metadata: [:], reason: "binary file"), index: 2, seen: &seen)
        #expect(first.id == "a" && second.id == "a#2" && third.id == "a#3")
        #expect(reason(second)?.hasPrefix("duplicate id: an earlier document is also 'a'") == true)
        #expect(reason(third) == "binary file (listed as 'a#3': an earlier document is also 'a')")
    }
}
