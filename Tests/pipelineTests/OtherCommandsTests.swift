import Foundation
import Testing

struct OtherCommandsTests {
    @Test func validateReportsEveryErrorLikeACompiler() throws {
        let root = try CommandRunner.temporaryFolder()
        try CommandRunner.write("""
            stages:
              - id: tokens
                uses: tokenise
              - id: tone
                uses: sentiment
                with: { mood: happy }
            """, to: root.appendingPathComponent("bad.yaml"))
        let outcome = try CommandRunner.run(["validate", "bad.yaml"], in: root)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("""
            bad.yaml:3:11: error: unknown stage type 'tokenise'
                uses: tokenise
                      ^
            note: did you mean 'tokenize'?
            """))
        #expect(outcome.stderr.contains("bad.yaml:6:13: error: stage 'tone': unknown option 'mood'"))
        #expect(outcome.stderr.contains("2 errors in bad.yaml"))
    }

    @Test func validateAcceptsTheShippedPipelines() throws {
        let folder = CommandRunner.repository.appendingPathComponent("pipelines")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
        #expect(!files.isEmpty)
        for file in files {
            let outcome = try CommandRunner.run(["validate", "pipelines/" + file])
            #expect(outcome.status == 0, "\(file): \(outcome.stderr)")
        }
    }

    @Test func graphPrintsDotAndMermaid() throws {
        let dot = try CommandRunner.run(["graph", "pipelines/news.yaml"])
        #expect(dot.stdout.hasPrefix("digraph \"news\" {"))
        #expect(dot.stdout.contains("\"document\" -> \"clean\" [label=\"text: Text\"];"))
        #expect(dot.stdout.contains("\"clean\" -> \"tokens\" [label=\"text: Text\"];"))
        let mermaid = try CommandRunner.run(["graph", "pipelines/news.yaml", "--format", "mermaid"])
        #expect(mermaid.stdout.hasPrefix("flowchart LR"))
    }

    @Test func stagesListsEveryBuiltInAsJSON() throws {
        let outcome = try CommandRunner.run(["stages", "--json"])
        let stages = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]]
        let names = stages?.compactMap { $0["name"] as? String } ?? []
        #expect(names.contains("tokenize") && names.contains("sentiment"))
        let tokenize = stages?.first { $0["name"] as? String == "tokenize" }
        #expect(tokenize?["output"] as? String == "TokenizedText")
    }
}
