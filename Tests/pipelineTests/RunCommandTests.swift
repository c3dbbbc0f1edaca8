import Foundation
import Testing

/// End-to-end: the built binary over folders, JSONL and stdin, with its exit codes.
struct RunCommandTests {
    static let pipelineYAML = """
        name: e2e
        input: { format: article }
        stages:
          - { id: tokens, uses: tokenize }
          - { id: tone, uses: sentiment }
        """

    /// A corpus of our own: nested folders, a byline, a header, an invalid byte, a binary file.
    private func corpus() throws -> URL {
        let root = try CommandRunner.temporaryFolder()
        try CommandRunner.write("""
            date 2025-12-02 Markets rally as rates fall

            By Staff Reporter

            Shares rose sharply on Tuesday. Traders said it was a "great day" for investors.
            """, to: root.appendingPathComponent("in/business/001.txt"))
        try CommandRunner.write("Storm damage\n\nThe storm destroyed homes. Residents were devastated.\n",
                                to: root.appendingPathComponent("in/world/002.txt"))
        try CommandRunner.write("Quiet day\n\nNothing happened at all.\n", to: root.appendingPathComponent("in/a.txt"))
        try CommandRunner.write("not an article", to: root.appendingPathComponent("in/notes.md"))
        try CommandRunner.write(Self.pipelineYAML, to: root.appendingPathComponent("news.yaml"))
        return root
    }

    private func lines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }

    @Test func runsAFolderToJSONLInSortedOrder() throws {
        let root = try corpus()
        let outcome = try CommandRunner.run(["run", "news.yaml", "in", "-o", "-"], in: root)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let results = try lines(outcome.stdout)
        #expect(results.map { $0["id"] as? String } == ["a", "business/001", "world/002"])
        let first = results[1]
        let metadata = try #require(first["metadata"] as? [String: String])
        #expect(metadata["date"] == "2025-12-02")
        #expect(metadata["title"] == "Markets rally as rates fall")
        #expect(metadata["byline"] == "By Staff Reporter")
        let outputs = try #require(first["outputs"] as? [String: Any])
        #expect(Set(outputs.keys) == ["tokens", "tone"])
        #expect(outcome.stderr.contains("pipeline: 3 documents, 0 failed"))
    }

    @Test func outputIsByteIdenticalWhateverTheJobs() throws {
        let root = try corpus()
        let one = try CommandRunner.run(["run", "news.yaml", "in", "--jobs", "1", "-o", "-"], in: root)
        let two = try CommandRunner.run(["run", "news.yaml", "in", "--jobs", "2", "-o", "-"], in: root)
        #expect(one.status == 0 && two.status == 0)
        #expect(one.stdout == two.stdout)
        #expect(!one.stdout.isEmpty)
    }

    @Test func aBadDocumentFailsAloneWithExitCode1() throws {
        let root = try corpus()
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A]).write(to: root.appendingPathComponent("in/b.txt"))
        let outcome = try CommandRunner.run(["run", "news.yaml", "in", "-o", "out.jsonl"], in: root)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("failed: b: read: binary file"))
        let results = try lines(try String(contentsOf: root.appendingPathComponent("out.jsonl"), encoding: .utf8))
        #expect(results.count == 4)
        #expect((results[1]["errors"] as? [String: String])?["read"]?.contains("binary") == true)
        #expect((results[2]["outputs"] as? [String: Any])?.count == 2)
    }

    @Test func streamsJSONLFromStdinToStdout() throws {
        let root = try corpus()
        let input = """
            {"id": "s1", "text": "What a wonderful, happy result!", "source": "wire"}
            {"id": "s2", "text": "A terrible, sad loss."}

            """
        let outcome = try CommandRunner.run(["run", "news.yaml", "-", "-o", "-"], stdin: input, in: root)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let results = try lines(outcome.stdout)
        #expect(results.map { $0["id"] as? String } == ["s1", "s2"])
        let tone = try #require((results[0]["outputs"] as? [String: Any])?["tone"] as? [String: Any])
        let document = try #require(tone["document"] as? [String: Any])
        #expect((document["compound"] as? Double ?? 0) > 0.5)
    }

    @Test func writesOneJSONFilePerDocumentMirroringTheTree() throws {
        let root = try corpus()
        let outcome = try CommandRunner.run(["run", "news.yaml", "in", "-o", "results"], in: root)
        #expect(outcome.status == 0)
        let file = root.appendingPathComponent("results/business/001.json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
        #expect(object?["id"] as? String == "business/001")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("results/world/002.json").path))
    }

    @Test func shardsSplitTheCorpusExactly() throws {
        let root = try corpus()
        for index in 0..<5 {
            try CommandRunner.write("Story \(index)\n\nText.\n", to: root.appendingPathComponent("in/more/\(index).txt"))
        }
        var seen: [String] = []
        for shard in 1...3 {
            let outcome = try CommandRunner.run(["run", "news.yaml", "in", "--shard", "\(shard)/3", "-o", "-"], in: root)
            seen += try lines(outcome.stdout).compactMap { $0["id"] as? String }
        }
        let all = try lines(try CommandRunner.run(["run", "news.yaml", "in", "-o", "-"], in: root).stdout)
            .compactMap { $0["id"] as? String }
        #expect(seen.sorted() == all.sorted())
        #expect(Set(seen).count == seen.count)
    }

    @Test func resumeRedoesOnlyWhatChanged() throws {
        let root = try corpus()
        let first = try CommandRunner.run(["run", "news.yaml", "in", "-o", "out.jsonl"], in: root)
        #expect(first.status == 0)
        try CommandRunner.write("Quiet day\n\nSomething happened after all.\n", to: root.appendingPathComponent("in/a.txt"))
        let second = try CommandRunner.run(["run", "news.yaml", "in", "-o", "out.jsonl", "--resume"], in: root)
        #expect(second.status == 0)
        #expect(second.stderr.contains("2 kept from the earlier run"), "\(second.stderr)")
        let resumed = try String(contentsOf: root.appendingPathComponent("out.jsonl"), encoding: .utf8)
        let clean = try CommandRunner.run(["run", "news.yaml", "in", "-o", "-"], in: root)
        #expect(resumed == clean.stdout)
    }

    @Test func resumeIgnoresTornLinesOfAKilledRun() throws {
        let root = try corpus()
        let clean = try CommandRunner.run(["run", "news.yaml", "in", "-o", "-"], in: root).stdout
        // What a run killed mid-line leaves: a temporary file with one whole line and a torn one.
        let cleanLines = clean.split(separator: "\n")
        let torn = cleanLines[0] + "\n" + cleanLines[1].prefix(40)
        try CommandRunner.write(String(torn), to: root.appendingPathComponent("out.jsonl.tmp-99999-1"))
        let resumed = try CommandRunner.run(["run", "news.yaml", "in", "-o", "out.jsonl", "--resume"], in: root)
        #expect(resumed.stderr.contains("1 kept from the earlier run"), "\(resumed.stderr)")
        #expect(try String(contentsOf: root.appendingPathComponent("out.jsonl"), encoding: .utf8) == clean)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test func badArgumentsExitWith2() throws {
        let root = try corpus()
        #expect(try CommandRunner.run(["run", "news.yaml", "in", "--shard", "4/3"], in: root).status == 2)
        #expect(try CommandRunner.run(["run", "news.yaml", "in", "--jobs", "0"], in: root).status == 2)
        #expect(try CommandRunner.run(["run", "missing.yaml", "in"], in: root).status == 2)
    }

    @Test func unwritableOutputExitsWith3() throws {
        let root = try corpus()
        try CommandRunner.write("x", to: root.appendingPathComponent("blocker"))
        let outcome = try CommandRunner.run(["run", "news.yaml", "in", "-o", "blocker/out.jsonl"], in: root)
        #expect(outcome.status == 3)
        #expect(outcome.stderr.contains("blocker"))
    }
}
