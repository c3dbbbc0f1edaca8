import Foundation
import PipelineCore
import Synchronization
import Testing

struct ExecutorTests {
    private let yaml = """
        stages:
          - { id: count, uses: count-words, with: { fail_on: BROKEN } }
          - { id: twice, uses: double }
          - { id: shout, uses: upper }
        """

    private func documents(_ count: Int) -> [DocumentInput] {
        (0..<count).map { index in
            let words = Array(repeating: "w", count: index % 5 + 1).joined(separator: " ")
            let body = index % 10 == 3 ? "BROKEN " + words : words
            return .document(Document(id: "doc-\(index)", body: body))
        }
    }

    private func run(jobs: Int, _ inputs: [DocumentInput]) throws -> (ids: [String], lines: [String], stats: RunStatistics) {
        let executor = Executor(pipeline: try load(yaml), jobs: jobs)
        let collected = Mutex<[DocumentResult]>([])
        let stats = try executor.run(inputs) { result in collected.withLock { $0.append(result) } }
        let results = collected.withLock { $0 }
        let encoder = ResultEncoder()
        let lines = try results.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        return (results.map(\.id), lines, stats)
    }

    @Test func emitsInInputOrderWhateverTheJobs() throws {
        let inputs = documents(200)
        let one = try run(jobs: 1, inputs)
        let four = try run(jobs: 4, inputs)
        #expect(one.ids == (0..<200).map { "doc-\($0)" })
        #expect(four.lines == one.lines)
    }

    @Test func aFailingStageFailsOnlyItsDownstreamStages() throws {
        let (_, _, stats) = try run(jobs: 2, documents(20))
        #expect(stats.documents == 20)
        #expect(stats.failed.map(\.id) == ["doc-3", "doc-13"])
        let failure = try #require(stats.failed.first)
        #expect(failure.errors["count"] == "the text holds the failing word")
        #expect(failure.errors["twice"] == "skipped: its input from 'count' failed")
        #expect(failure.errors["shout"] == nil)
    }

    @Test func recordsOutputsOfEveryStage() throws {
        let executor = Executor(pipeline: try load(yaml), jobs: 2)
        let collected = Mutex<[DocumentResult]>([])
        _ = try executor.run([.document(Document(id: "a", body: "one two three"))]) { r in
            collected.withLock { $0.append(r) }
        }
        let result = try #require(collected.withLock { $0.first })
        #expect(result.output("twice") as? WordCount == WordCount(count: 6))
        #expect((result.output("shout") as? Text)?.text == "ONE TWO THREE")
        #expect(result.outputs.map(\.stageID) == ["count", "twice", "shout"])
    }

    /// A stage that finishes while the first wave is still being submitted once ran twice,
    /// and the document was emitted before its last stage had finished.
    @Test func everyStageRunsOnceBeforeTheDocumentIsEmitted() throws {
        let pipeline = try load(yaml)
        for _ in 0..<300 {
            let collected = Mutex<[DocumentResult]>([])
            _ = try Executor(pipeline: pipeline, jobs: 2).run([.document(Document(id: "a", body: "one two"))]) { r in
                collected.withLock { $0.append(r) }
            }
            let stages = collected.withLock { $0.first?.outputs.map(\.stageID) }
            #expect(stages == ["count", "twice", "shout"])
            if stages != ["count", "twice", "shout"] { break }
        }
    }

    @Test func unreadableDocumentsKeepTheirPlace() throws {
        var inputs = documents(3)
        inputs.insert(.unreadable(id: "bad", metadata: [:], reason: "binary file"), at: 1)
        let (ids, _, stats) = try run(jobs: 2, inputs)
        #expect(ids == ["doc-0", "bad", "doc-1", "doc-2"])
        #expect(stats.failed.first?.errors == ["read": "binary file"])
    }

    @Test func aSinkErrorStopsTheRunAndIsRethrown() throws {
        struct DiskFull: Error {}
        let executor = Executor(pipeline: try load(yaml), jobs: 2)
        let written = Mutex(0)
        #expect(throws: DiskFull.self) {
            _ = try executor.run(documents(50)) { _ in
                try written.withLock { count in
                    if count == 5 { throw DiskFull() }
                    count += 1
                }
            }
        }
        #expect(written.withLock { $0 } == 5)
    }

    @Test func failFastStopsAfterTheFirstFailure() throws {
        let executor = Executor(pipeline: try load(yaml), jobs: 2)
        let stats = try executor.run(documents(100), stopWhen: { $0.failed }) { _ in }
        #expect(stats.stopped)
        #expect(stats.failed.map(\.id) == ["doc-3"])
        #expect(stats.documents < 100)
    }

    @Test func aDocumentOverItsTimeoutFailsAloneAndTheRunGoesOn() throws {
        let pipeline = try load("stages:\n  - { id: nap, uses: sleeper }\n  - { id: shout, uses: upper }\n")
        let executor = Executor(pipeline: pipeline, jobs: 1, timeout: 0.3)
        let inputs = ["a", "SLEEP", "b", "c"].enumerated().map { DocumentInput.document(Document(id: "d\($0)", body: $1)) }
        let started = Date()
        let collected = Mutex<[DocumentResult]>([])
        let stats = try executor.run(inputs) { result in collected.withLock { $0.append(result) } }
        #expect(Date().timeIntervalSince(started) < 2.5)
        #expect(stats.failed.map(\.id) == ["d1"])
        let failed = try #require(stats.failed.first)
        #expect(failed.errors["nap"] == "timed out after 0.3 s (--timeout)")
        // With one job, the other documents needed the stand-in worker to finish in time.
        #expect(collected.withLock { $0.map(\.id) } == ["d0", "d1", "d2", "d3"])
    }

    /// Freed read-ahead slots go back to the reader in batches; whatever the bound, the run
    /// must end with every document, and the reader stay within the bound (plus the one
    /// document it pulled before waiting for a slot).
    @Test(arguments: [1, 2, 3, 4, 7])
    func everyReadAheadBoundEndsAndHoldsTheReaderBack(maxInFlight: Int) throws {
        for jobs in [1, 3] {
            let read = Mutex(0)
            let inputs = (0..<300).lazy.map { index -> DocumentInput in
                read.withLock { $0 += 1 }
                return .document(Document(id: "d\(index)", body: "x y"))
            }
            let executor = Executor(pipeline: try load(yaml), jobs: jobs, maxInFlight: maxInFlight)
            let emitted = Mutex<[String]>([])
            let furthestAhead = Mutex(0)
            let stats = try executor.run(inputs) { result in
                let count = emitted.withLock { ids in
                    ids.append(result.id)
                    return ids.count
                }
                let ahead = read.withLock { $0 } - count
                furthestAhead.withLock { $0 = max($0, ahead) }
            }
            #expect(stats.documents == 300)
            #expect(emitted.withLock { $0 } == (0..<300).map { "d\($0)" })
            #expect(furthestAhead.withLock { $0 } <= maxInFlight + 1, "jobs \(jobs)")
        }
    }

    @Test func readsLazily() throws {
        // An endless input with a stop condition must end: the executor never reads it all.
        let endless = (0...).lazy.map { DocumentInput.document(Document(id: "d\($0)", body: $0 == 1000 ? "BROKEN" : "x")) }
        let executor = Executor(pipeline: try load(yaml), jobs: 2)
        let stats = try executor.run(endless, stopWhen: { $0.failed }) { _ in }
        #expect(stats.failed.map(\.id) == ["d1000"])
    }
}
