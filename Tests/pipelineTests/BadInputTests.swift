import Foundation
import Testing

/// End-to-end: every kind of broken or hostile input a batch run meets, through the binary.
///
/// Each case checks the documented outcome (a result with an error, or a skip with a
/// reason), that the good documents beside it still have their results, and the exit code.
/// Time bounds are generous (a loaded CI machine) but far below what a hang or a quadratic
/// scan would take.
@Suite(.serialized)
struct BadInputTests {
    static let pipelineYAML = """
        name: bad-input
        input: { format: article }
        stages:
          - { id: clean, uses: normalize }
          - { id: tokens, uses: tokenize }
          - { id: quotes, uses: quote-extract }
          - { id: tone, uses: sentiment, inputs: { tokens: tokens, quotes: quotes } }
          - { id: summary, uses: summarize, inputs: { tokens: tokens } }
        """

    static let stageIDs: Set<String> = ["clean", "tokens", "quotes", "tone", "summary"]

    /// A folder with the pipeline and one good article, `in/good.txt`.
    private func workspace() throws -> URL {
        let root = try CommandRunner.temporaryFolder()
        try CommandRunner.write(Self.pipelineYAML, to: root.appendingPathComponent("p.yaml"))
        try CommandRunner.write("Good news\n\nThe team won a wonderful victory.\n", to: root.appendingPathComponent("in/good.txt"))
        return root
    }

    private func results(_ jsonl: String) throws -> [String: [String: Any]] {
        var byID: [String: [String: Any]] = [:]
        for line in jsonl.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            byID[try #require(object["id"] as? String)] = object
        }
        return byID
    }

    private func errors(_ result: [String: Any]?) -> [String: String] {
        result?["errors"] as? [String: String] ?? [:]
    }

    private func outputs(_ result: [String: Any]?) -> [String: Any] {
        result?["outputs"] as? [String: Any] ?? [:]
    }

    /// The good article's result is whole: both stages' outputs and no error.
    private func expectGoodIntact(_ byID: [String: [String: Any]], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(Set(outputs(byID["good"]).keys) == Self.stageIDs, sourceLocation: sourceLocation)
        #expect(errors(byID["good"]).isEmpty, sourceLocation: sourceLocation)
    }

    private func timed(_ body: () throws -> CommandRunner.Outcome) rethrows -> (CommandRunner.Outcome, Double) {
        let start = Date()
        let outcome = try body()
        return (outcome, Date().timeIntervalSince(start))
    }

    // MARK: - Files that are not articles

    @Test func emptyFileIsAnEmptyDocument() throws {
        let root = try workspace()
        try Data().write(to: root.appendingPathComponent("in/empty.txt"))
        let outcome = try CommandRunner.run(["run", "p.yaml", "in", "-q"], in: root)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let byID = try results(outcome.stdout)
        let tokens = try #require(outputs(byID["empty"])["tokens"] as? [String: Any])
        #expect((tokens["tokens"] as? [Any])?.isEmpty == true)
        #expect(errors(byID["empty"]).isEmpty)
        expectGoodIntact(byID)
    }

    @Test func nulBytesAndAPNGFailAsBinaryFiles() throws {
        let root = try workspace()
        try Data(repeating: 0, count: 4096).write(to: root.appendingPathComponent("in/nul.txt"))
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52,
                            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89]
        try Data(png).write(to: root.appendingPathComponent("in/image.txt"))
        let outcome = try CommandRunner.run(["run", "p.yaml", "in", "-q"], in: root)
        #expect(outcome.status == 1)
        let byID = try results(outcome.stdout)
        #expect(errors(byID["nul"])["read"]?.hasPrefix("binary file") == true)
        #expect(errors(byID["image"])["read"]?.hasPrefix("binary file") == true)
        #expect(outcome.stderr.contains("failed: image: read: binary file"))
        #expect(outcome.stderr.contains("failed: nul: read: binary file"))
        expectGoodIntact(byID)
    }

    @Test func invalidUTF8IsReplacedAndFlagged() throws {
        let root = try workspace()
        try Data([0x42, 0x61, 0x64, 0xFF, 0x20, 0xC3, 0x28, 0x20, 0x6F, 0x6B, 0x0A]).write(
            to: root.appendingPathComponent("in/invalid.txt"))
        let outcome = try CommandRunner.run(["run", "p.yaml", "in", "-q"], in: root)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let byID = try results(outcome.stdout)
        let metadata = try #require(byID["invalid"]?["metadata"] as? [String: String])
        #expect(metadata["invalid_utf8"] == "2 invalid byte sequences replaced with U+FFFD")
        #expect(metadata["title"] == "Bad\u{FFFD} \u{FFFD}( ok")
        expectGoodIntact(byID)
    }

    @Test func utf16WithAByteOrderMarkIsDecoded() throws {
        let root = try workspace()
        let text = "Café “news”\n\nIt rose 5%.\n"
        try Data([0xFF, 0xFE] + Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            .write(to: root.appendingPathComponent("in/le.txt"))
        try Data([0xFE, 0xFF] + Array(text.utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
            .write(to: root.appendingPathComponent("in/be.txt"))
        let outcome = try CommandRunner.run(["run", "p.yaml", "in", "-q"], in: root)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let byID = try results(outcome.stdout)
        for (id, encoding) in [("le", "utf-16le"), ("be", "utf-16be")] {
            let metadata = try #require(byID[id]?["metadata"] as? [String: String])
            #expect(metadata["encoding"] == encoding)
            #expect(metadata["title"] == "Café “news”")
            let tokens = try #require(outputs(byID[id])["tokens"] as? [String: Any])
            let first = try #require((tokens["tokens"] as? [[String: Any]])?.first)
            #expect(first["start"] as? Int == 0 && first["end"] as? Int == 4)  // "Café", 4 scalars
        }
        expectGoodIntact(byID)
    }

    // MARK: - Huge and pathological documents

    /// 100 MB of one line: the default `--max-document-bytes` (32 MiB) refuses it from its
    /// size alone, without reading it, and the run goes on.
    @Test func aHundredMegabyteArticleIsRefusedByDefault() throws {
        let root = try workspace()
        let path = root.appendingPathComponent("in/huge.txt")
        _ = FileManager.default.createFile(atPath: path.path, contents: nil)
        let handle = try FileHandle(forWritingTo: path)
        let chunk = Data(String(repeating: "word ", count: 200_000).utf8)  // 1 MB, no newline
        for _ in 0..<100 { handle.write(chunk) }
        try handle.close()
        defer { try? FileManager.default.removeItem(at: path) }

        let (outcome, seconds) = try timed { try CommandRunner.run(["run", "p.yaml", "in", "-q"], in: root) }
        #expect(outcome.status == 1)
        #expect(seconds < 10, "took \(seconds) s")
        let byID = try results(outcome.stdout)
        #expect(errors(byID["huge"])["read"] == "the file is 100000000 bytes, over --max-document-bytes 33554432")
        expectGoodIntact(byID)
    }

    /// An explicit limit refuses what is over it and lets through what is under it; a 1 MB
    /// one-line article under the limit is processed, and within a bounded time.
    @Test func anExplicitLimitDecidesAndALongLineIsProcessed() throws {
        let root = try workspace()
        let line = String(repeating: "The markets rallied strongly today ", count: 30_000)  // 1.05 MB
        try CommandRunner.write(line, to: root.appendingPathComponent("in/long.txt"))
        let refused = try CommandRunner.run(["run", "p.yaml", "in", "-q", "--max-document-bytes", "1000000"], in: root)
        #expect(refused.status == 1)
        let refusedByID = try results(refused.stdout)
        #expect(errors(refusedByID["long"])["read"] == "the file is 1050000 bytes, over --max-document-bytes 1000000")
        expectGoodIntact(refusedByID)

        let (outcome, seconds) = try timed {
            try CommandRunner.run(["run", "p.yaml", "in", "-q", "--max-document-bytes", "2000000", "-o", "out.jsonl"], in: root)
        }
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(seconds < 60, "took \(seconds) s")
        let byID = try results(try String(contentsOf: root.appendingPathComponent("out.jsonl"), encoding: .utf8))
        let tokens = try #require(outputs(byID["long"])["tokens"] as? [String: Any])
        #expect((tokens["tokens"] as? [Any])?.count == 150_000)
        expectGoodIntact(byID)
    }

    /// A JSONL line over the limit fails alone, and reading a long line is linear.
    @Test func anOverlongJSONLLineFailsAlone() throws {
        let root = try workspace()
        let long = #"{"id": "long", "text": ""# + String(repeating: "x", count: 3_000_000) + "\"}\n"
        let input = long + #"{"id": "good", "text": "Good news\n\nThe team won a wonderful victory."}"# + "\n"
        let (outcome, seconds) = try timed {
            try CommandRunner.run(["run", "p.yaml", "-", "-q", "--max-document-bytes", "2000000"], stdin: input, in: root)
        }
        #expect(outcome.status == 1)
        #expect(seconds < 20, "took \(seconds) s")
        let byID = try results(outcome.stdout)
        #expect(errors(byID["line-1"])["read"] == "the line is 3000026 bytes, over --max-document-bytes 2000000")
        expectGoodIntact(byID)
    }

    /// JSON nested 100,000 deep in a JSONL line (a recursive decoder's stack overflow):
    /// the line fails, the next one is read.
    @Test func deeplyNestedJSONInAJSONLLineFailsAlone() throws {
        let root = try workspace()
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let input = deep + "\n" + #"{"id": "n", "text": "x", "meta": "# + deep + "}\n"
            + #"{"id": "good", "text": "Good news\n\nThe team won a wonderful victory."}"# + "\n"
        let outcome = try CommandRunner.run(["run", "p.yaml", "-", "-q"], stdin: input, in: root)
        #expect(outcome.status == 1)
        let byID = try results(outcome.stdout)
        #expect(errors(byID["line-1"])["read"] == "the line is not a JSON object")
        #expect(errors(byID["line-2"])["read"] == "the line is not a JSON object")
        expectGoodIntact(byID)
    }

    @Test func aParagraphOfAMillionQuoteMarks() throws {
        let root = try workspace()
        try CommandRunner.write("Quotes\n\n" + String(repeating: "\"", count: 1_000_000) + "\n",
                                to: root.appendingPathComponent("in/quotes.txt"))
        let (outcome, seconds) = try timed {
            try CommandRunner.run(["run", "p.yaml", "in", "-q", "-o", "out.jsonl"], in: root)
        }
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(seconds < 60, "took \(seconds) s")
        let byID = try results(try String(contentsOf: root.appendingPathComponent("out.jsonl"), encoding: .utf8))
        let tokens = try #require(outputs(byID["quotes"])["tokens"] as? [String: Any])
        #expect(((tokens["tokens"] as? [Any])?.count ?? 0) >= 1)
        expectGoodIntact(byID)
    }

    @Test func deeplyNestedQuotes() throws {
        let root = try workspace()
        let marks: [(String, String)] = [("“", "”"), ("‘", "’"), ("«", "»"), ("\"", "\""), ("'", "'"), ("„", "“")]
        var text = "Nested\n\nHe said "
        for depth in 0..<20_000 { text += marks[depth % marks.count].0 + "w\(depth) " }
        for depth in (0..<20_000).reversed() { text += marks[depth % marks.count].1 + " said X" }
        try CommandRunner.write(text + ".\n", to: root.appendingPathComponent("in/nested.txt"))
        let (outcome, seconds) = try timed {
            try CommandRunner.run(["run", "p.yaml", "in", "-q", "-o", "out.jsonl"], in: root)
        }
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(seconds < 60, "took \(seconds) s")
        let byID = try results(try String(contentsOf: root.appendingPathComponent("out.jsonl"), encoding: .utf8))
        #expect(Set(outputs(byID["nested"]).keys) == Self.stageIDs)
        expectGoodIntact(byID)
    }

    /// `--timeout` marks a document that runs too long failed; the others are done.
    @Test func aDocumentOverTheTimeoutFailsAlone() throws {
        let root = try workspace()
        let slow = String(repeating: "Prices soared, and traders were thrilled; nobody lost. ", count: 400_000)  // 22 MB
        try CommandRunner.write(slow, to: root.appendingPathComponent("in/slow.txt"))
        let (outcome, seconds) = try timed {
            try CommandRunner.run(["run", "p.yaml", "in", "-q", "--timeout", "0.5", "--jobs", "2"], in: root)
        }
        #expect(outcome.status == 1)
        #expect(seconds < 60, "took \(seconds) s")
        let byID = try results(outcome.stdout)
        let failure = errors(byID["slow"]).values.joined(separator: "; ")
        #expect(failure.contains("timed out after 0.5 s (--timeout)"), "\(failure)")
        expectGoodIntact(byID)
    }

    // MARK: - The file system

    @Test func aFolderSymlinkLoopIsReportedOnce() throws {
        let root = try workspace()
        try FileManager.default.createDirectory(at: root.appendingPathComponent("in/sub"), withIntermediateDirectories: true)
        try CommandRunner.write("Inside\n\nText.\n", to: root.appendingPathComponent("in/sub/inner.txt"))
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("in/sub/loop").path, withDestinationPath: "..")
        let (outcome, seconds) = try timed { try CommandRunner.run(["run", "p.yaml", "in", "-q"], in: root) }
        #expect(outcome.status == 1)
        #expect(seconds < 20)
        let byID = try results(outcome.stdout)
        #expect(byID.count == 3, "\(byID.keys.sorted())")
        #expect(errors(byID["sub/loop"])["read"]?.hasPrefix("folder symlink loop") == true)
        #expect(outcome.stderr.components(separatedBy: "symlink loop").count == 2)
        #expect(errors(byID["sub/inner"]).isEmpty)
        expectGoodIntact(byID)
    }

    /// chmod 000. Root reads anything, so as root the binary runs as `nobody` (through
    /// `setpriv`, no shell); without `setpriv` the case is skipped, saying why.
    @Test func anUnreadableFileFailsAlone() throws {
        let root = try workspace()
        let locked = root.appendingPathComponent("in/locked.txt")
        try CommandRunner.write("Secret\n\nText.\n", to: locked)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
        var arguments = ["run", "p.yaml", "in", "-q"]
        var runner: String?
        if getuid() == 0 {
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
                print("skipped: running as root and /usr/bin/setpriv is missing, so no way to make a file unreadable")
                return
            }
            // nobody must reach the folder and the binary; stdout carries the results.
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: root.path)
            runner = "/usr/bin/setpriv"
            arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", CommandRunner.binary.path] + arguments
        }
        let outcome = try CommandRunner.run(arguments, in: root, executable: runner)
        if getuid() == 0, outcome.stderr.contains("Permission denied"), outcome.stdout.isEmpty {
            print("skipped: 'nobody' cannot run the binary where it was built: \(outcome.stderr)")
            return
        }
        #expect(outcome.status == 1, "\(outcome.stderr)")
        let byID = try results(outcome.stdout)
        #expect(errors(byID["locked"])["read"] == "cannot open: permission denied")
        expectGoodIntact(byID)
    }

    /// A FIFO or a socket inside a folder is skipped with a reason, never opened (opening a
    /// FIFO with no writer would block the run forever).
    @Test func aFIFOInAFolderIsRefusedNotWaitedOn() throws {
        let root = try workspace()
        #expect(mkfifo(root.appendingPathComponent("in/pipe.txt").path, 0o644) == 0)
        let (outcome, seconds) = try timed {
            try CommandRunner.run(["run", "p.yaml", "in", "-q", "--timeout", "5"], in: root)
        }
        #expect(seconds < 20, "took \(seconds) s")
        #expect(outcome.status == 1)
        let byID = try results(outcome.stdout)
        #expect(errors(byID["pipe"])["read"] == "not a regular file (a FIFO); skipped")
        expectGoodIntact(byID)
    }

    /// A file deleted after its folder was listed and before it was read: a result with
    /// an error, the run goes on. Race-free: every result is larger than a pipe's buffer and
    /// the test does not read standard output until the file is gone, so the run, held up
    /// by its bounded read-ahead, cannot reach the file before then; and the first byte of
    /// output proves the folder was listed before the file was deleted.
    @Test func aFileThatVanishesMidRun() throws {
        let root = try workspace()
        let paragraph = String(repeating: "Shares rose and fell as traders weighed the news. ", count: 2_000)  // 100 KB
        for index in 0..<12 {
            try CommandRunner.write("Story \(index)\n\n\(paragraph)\n", to: root.appendingPathComponent("in/s\(index + 10).txt"))
        }
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = ["run", "p.yaml", "in", "-q", "--jobs", "1"]
        process.currentDirectoryURL = root
        let output = Pipe()
        let errorsPipe = Pipe()
        process.standardOutput = output
        process.standardError = errorsPipe
        try process.run()
        let first = output.fileHandleForReading.readData(ofLength: 1)
        #expect(first.count == 1)
        try FileManager.default.removeItem(at: root.appendingPathComponent("in/s20.txt"))
        nonisolated(unsafe) var errorData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorData = errorsPipe.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let rest = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        #expect(process.terminationStatus == 1, "\(String(decoding: errorData, as: UTF8.self))")
        let byID = try results(String(decoding: first + rest, as: UTF8.self))
        #expect(byID.count == 13)
        #expect(errors(byID["s20"])["read"] == "the file vanished before it was read")
        #expect(Set(outputs(byID["s21"]).keys) == Self.stageIDs)
        expectGoodIntact(byID)
    }

    /// A full disk, made with a file-size limit on the child (`prlimit --fsize`, no shell),
    /// for every output format: the binary ignores SIGXFSZ, so the write fails with EFBIG,
    /// it says so and exits 3;
    /// `--resume` later finishes from what the killed run kept.
    @Test func aFullDiskExits3AndResumeFinishes() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/prlimit") else {
            print("skipped: /usr/bin/prlimit is missing, so no way to limit the output's size")
            return
        }
        let root = try workspace()
        let paragraph = String(repeating: "Markets were calm. ", count: 1_000)  // about 170 KB of JSON each
        for index in 0..<10 {
            try CommandRunner.write("Story \(index)\n\n\(paragraph)\n", to: root.appendingPathComponent("in/s\(index).txt"))
        }
        // SQLite reports the failed write as a disk I/O error of its own.
        let messages = ["out.jsonl": "file too large", "results": "file too large", "out.csv": "file too large",
                        "out.db": "error: cannot write 'out.db': SQLite error 10: disk I/O error"]
        for (output, message) in messages.sorted(by: { $0.key < $1.key }) {
            let outcome = try CommandRunner.run(
                ["--fsize=100000", "--", CommandRunner.binary.path, "run", "p.yaml", "in", "-q", "-o", output],
                in: root, executable: "/usr/bin/prlimit")
            #expect(outcome.status == 3, "\(output): \(outcome.status) \(outcome.stderr)")
            #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
        }
        let resumed = try CommandRunner.run(["run", "p.yaml", "in", "-q", "-o", "out.jsonl", "--resume"], in: root)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let byID = try results(try String(contentsOf: root.appendingPathComponent("out.jsonl"), encoding: .utf8))
        #expect(byID.count == 11)
        #expect(byID.values.allSatisfy { errors($0).isEmpty && Set(outputs($0).keys) == Self.stageIDs })
    }

    /// Ids from JSONL that would leave the output folder are refused per document, and no
    /// file is written outside it.
    @Test func outputIDsNeverEscapeTheOutputFolder() throws {
        let root = try workspace()
        let hostile = ["../escape", "a/../../escape", "/tmp/escape", "a//b", "./x", ""]
        let input = hostile.map { #"{"id": "\#($0)", "text": "Owned."}"# }.joined(separator: "\n")
            + "\n" + #"{"id": "good", "text": "Good news\n\nThe team won a wonderful victory."}"# + "\n"
        let outcome = try CommandRunner.run(["run", "p.yaml", "-", "-q", "-o", "out/json"], stdin: input, in: root)
        #expect(outcome.status == 1)
        for (line, id) in hostile.enumerated() {
            #expect(outcome.stderr.contains("failed: line-\(line + 1): read: the id '\(id)' is not a safe relative path"),
                    "\(outcome.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("out/escape.json").path))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("escape.json").path))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/escape.json"))
        let written = try FileManager.default.subpathsOfDirectory(atPath: root.appendingPathComponent("out/json").path)
        #expect(written.sorted() == ["good.json", "line-1.json", "line-2.json", "line-3.json", "line-4.json",
                                     "line-5.json", "line-6.json"])
    }

    /// Two folders that both hold `001.txt`, and a JSONL id used twice: the second of each
    /// fails as `<id>#2`, and the first's result is what a folder or a database keeps.
    @Test func aDuplicateIDNeverOverwritesAnEarlierResult() throws {
        let root = try workspace()
        try CommandRunner.write("First\n\nThe first story is wonderful.\n", to: root.appendingPathComponent("a/001.txt"))
        try CommandRunner.write("Second\n\nThe second story is terrible.\n", to: root.appendingPathComponent("b/001.txt"))
        for output in ["out", "out.db"] {
            let outcome = try CommandRunner.run(["run", "p.yaml", "a", "b", "-q", "-o", output], in: root)
            #expect(outcome.status == 1)
            #expect(outcome.stderr.contains(
                "failed: 001#2: read: duplicate id: an earlier document is also '001'; this one was not run, and the earlier result stands"),
                "\(outcome.stderr)")
        }
        let kept = try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent("out/001.json"))) as? [String: Any]
        #expect((kept?["metadata"] as? [String: String])?["title"] == "First")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("out/001#2.json").path))

        let input = #"{"id": "x", "text": "One."}"# + "\n" + #"{"id": "x", "text": "Two."}"# + "\n"
            + #"{"id": "good", "text": "Good news\n\nThe team won a wonderful victory."}"# + "\n"
        let outcome = try CommandRunner.run(["run", "p.yaml", "-", "-q"], stdin: input, in: root)
        #expect(outcome.status == 1)
        let byID = try results(outcome.stdout)
        #expect(Set(byID.keys) == ["x", "x#2", "good"])
        #expect(errors(byID["x"]).isEmpty && errors(byID["x#2"])["read"]?.hasPrefix("duplicate id") == true)
        expectGoodIntact(byID)
    }

    /// An id too long for a file name was refused by the file system mid-run, which stopped
    /// the run (exit 3) before the documents after it; now it fails alone.
    @Test func anIDTooLongForAFileNameFailsAlone() throws {
        let root = try workspace()
        let long = String(repeating: "x", count: 300)
        let input = #"{"id": "\#(long)", "text": "Long."}"# + "\n"
            + #"{"id": "good", "text": "Good news\n\nThe team won a wonderful victory."}"# + "\n"
        let outcome = try CommandRunner.run(["run", "p.yaml", "-", "-q", "-o", "out"], stdin: input, in: root)
        #expect(outcome.status == 1, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("failed: line-1: read: the id 'xxxxxxxx"))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("out/line-1.json").path))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("out/good.json").path))
    }

    /// An id or file name with a newline or an escape sequence is listed on one line, with
    /// the control characters escaped: it can neither split a `failed:` line nor drive the terminal.
    @Test func controlCharactersInIDsAreEscapedOnStandardError() throws {
        let root = try workspace()
        try Data([0, 1, 2]).write(to: root.appendingPathComponent("in/two\nlines.txt"))
        let input = #"{"id": "x\u001b]0;owned\u0007y"}"# + "\n"
        let outcome = try CommandRunner.run(["run", "p.yaml", "in", "-", "-q"], stdin: input, in: root)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("failed: two\\nlines: read: binary file"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains(#"failed: x\u{1B}]0;owned\u{7}y: read: the object has no string 'text'"#), "\(outcome.stderr)")
        #expect(!outcome.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(outcome.stderr.split(separator: "\n").count == 2)
    }

    // MARK: - Hostile pipelines

    private func expectRefused(
        _ yaml: Data, _ message: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let root = try CommandRunner.temporaryFolder()
        try yaml.write(to: root.appendingPathComponent("p.yaml"))
        let (outcome, seconds) = try timed { try CommandRunner.run(["validate", "p.yaml"], in: root) }
        #expect(outcome.status == 2, sourceLocation: sourceLocation)
        #expect(outcome.stderr.contains(message), "\(outcome.stderr.prefix(2000))", sourceLocation: sourceLocation)
        #expect(seconds < 5, "took \(seconds) s", sourceLocation: sourceLocation)
    }

    @Test func anAliasBombIsRefused() throws {
        var yaml = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1..<12 {
            yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        yaml += "stages: [{ uses: tokenize }]\n"
        try expectRefused(Data(yaml.utf8), "error: the YAML expands to more than 1000000 nodes")
    }

    @Test func tenThousandLevelsOfNestingAreRefused() throws {
        let flow = "stages: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"
        try expectRefused(Data(flow.utf8), "error: the YAML nests deeper than 256 levels")
        let block = "stages:\n  " + String(repeating: "- ", count: 10_000) + "x\n"  // compact nested sequences
        try expectRefused(Data(block.utf8), "error: the YAML nests deeper than 256 levels")
    }

    @Test func aHundredMegabyteYAMLFileIsRefused() throws {
        let line = Data("# a comment line that pads this pipeline file to a hundred megabytes\n".utf8)
        var yaml = Data(capacity: 100_000_000)
        while yaml.count < 100_000_000 { yaml.append(line) }
        try expectRefused(yaml, "error: cannot read pipeline 'p.yaml': the file is \(yaml.count) bytes, over the limit of 4194304")
    }

    @Test func duplicateKeysAreRefused() throws {
        try expectRefused(Data("stages:\n  - id: a\n    uses: tokenize\n    uses: sentiment\n".utf8),
                          "p.yaml:4:5: error: duplicate key 'uses' in a mapping")
    }

    @Test func tagsThatNameTypesAreRefused() throws {
        try expectRefused(Data("stages:\n  - !ruby/object:Gem::Installer { uses: tokenize }\n".utf8),
                          "p.yaml:2:5: error: the tag '!ruby/object:Gem::Installer' is not supported")
        try expectRefused(Data("stages: [{ uses: !!python/object/apply:os.system [ls] }]\n".utf8),
                          "error: the tag '!!python/object/apply:os.system' is not supported")
    }

    // MARK: - Plugins and paths

    /// A plugin named without a folder is looked up where the user put it (beside the
    /// pipeline file, or in the working directory for `--plugin`), never on the system's
    /// library path, where `libc.so.6` would be found.
    @Test func aPluginIsOnlyLoadedFromThePathWritten() throws {
        let root = try CommandRunner.temporaryFolder()
        try CommandRunner.write("plugins: [libc.so.6]\nstages: [{ uses: tokenize }]\n", to: root.appendingPathComponent("p.yaml"))
        let named = try CommandRunner.run(["validate", "p.yaml"], in: root)
        #expect(named.status == 2)
        #expect(named.stderr.contains("p.yaml:1:11: error: plugin './libc.so.6' not found"), "\(named.stderr)")
        try CommandRunner.write("stages: [{ uses: tokenize }]\n", to: root.appendingPathComponent("q.yaml"))
        let flag = try CommandRunner.run(["validate", "q.yaml", "--plugin", "libc.so.6"], in: root)
        #expect(flag.status == 2)
        #expect(flag.stderr.contains("plugin 'libc.so.6' not found"), "\(flag.stderr)")
    }

    // MARK: - No shell

    /// Nothing in the sources runs a shell: no `system`, `popen`, `/bin/sh` or `-c`; a
    /// pipeline file or an input can never become a command line.
    @Test func noSourceFileRunsAShell() throws {
        let sources = CommandRunner.repository.appendingPathComponent("Sources")
        let files = try FileManager.default.subpathsOfDirectory(atPath: sources.path)
            .filter { $0.hasSuffix(".swift") || $0.hasSuffix(".c") || $0.hasSuffix(".h") }
        #expect(!files.isEmpty)
        let forbidden = try NSRegularExpression(pattern: #"\b(system|popen|execl|execlp)\(|/bin/(ba)?sh|"-c""#)
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            let match = forbidden.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
            #expect(match == nil, "\(file) runs a shell: \(match.map { (text as NSString).substring(with: $0.range) } ?? "")")
        }
    }
}
