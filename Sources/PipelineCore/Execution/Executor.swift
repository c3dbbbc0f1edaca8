import Dispatch
import Foundation

/// Runs a checked pipeline over a stream of documents, concurrently, emitting results in input order.
///
/// Documents run concurrently, and within a document every stage whose inputs are ready
/// runs at once; both share `jobs` workers. At most `maxInFlight` documents are read ahead
/// of the one being written, so memory stays flat on any corpus size.
public final class Executor: Sendable {
    public let pipeline: Pipeline
    public let jobs: Int
    public let maxInFlight: Int
    /// How long one document may take before it is marked failed; nil for no bound.
    public let timeout: Double?
    let plan: ExecutionPlan

    public init(
        pipeline: Pipeline, jobs: Int = ProcessInfo.processInfo.activeProcessorCount, maxInFlight: Int? = nil,
        timeout: Double? = nil
    ) {
        self.pipeline = pipeline
        self.timeout = timeout
        self.jobs = max(1, jobs)
        self.maxInFlight = max(1, maxInFlight ?? self.jobs * 4)
        self.plan = ExecutionPlan(pipeline)
    }

    /// Runs every input; `emit` is called once per document, in input order, never concurrently.
    ///
    /// An error thrown by `emit` (a full disk) stops reading and is rethrown after the
    /// documents in flight are done; documents already emitted stay emitted.
    /// `isDone` is asked for each document with its fingerprint (`--resume`): when it answers
    /// true the document is not run, and `emit` gets a result marked `isReused`.
    public func run<Inputs: Sequence<DocumentInput>>(
        _ inputs: Inputs,
        isDone: (@Sendable (_ id: String, _ fingerprint: String) -> Bool)? = nil,
        prepare: (@Sendable (DocumentResult) -> DocumentResult)? = nil,
        stopWhen shouldStop: (@Sendable (DocumentResult) -> Bool)? = nil,
        emit: @escaping @Sendable (DocumentResult) throws -> Void
    ) throws -> RunStatistics {
        let queue = WorkQueue(workers: jobs)
        let slots = ReadAheadSlots(maxInFlight)
        // Half the slots per batch: the reader wakes half as often as documents finish, or
        // less, and half the read-ahead is still in flight when it does.
        let writer = OrderedEmitter(emit: emit, stopWhen: shouldStop, slots: slots, slotBatch: maxInFlight / 2)
        let starter = DocumentStarter(
            pipeline: pipeline, plan: plan, queue: queue, watchdog: timeout.map(TimeoutWatchdog.init(seconds:)),
            writer: writer, isDone: isDone, prepare: prepare)
        var count = 0
        // Ids seen this run, as seeded hashes: flat memory on millions of documents.
        var seenIDs = Set<Int>()
        for original in inputs {
            slots.take()
            if writer.isStopped {
                slots.giveBack(1)
                break
            }
            let index = count
            count += 1
            let input = Self.unique(original, index: index, seen: &seenIDs)
            if case .deferred(_, _, let read) = input {
                queue.submit {
                    starter.start(read(), index: index)
                    return .proceed
                }
            } else {
                starter.start(input, index: index)
            }
        }
        writer.waitUntilEmitted(count: count)
        queue.close(waitingForStuckWorkers: false)
        if let error = writer.emitError { throw error }
        return writer.statistics
    }

    /// The input itself, or, when an earlier document had its id, a failed one under a new id.
    ///
    /// Two folders given on one command line both holding `001.txt`, or a JSONL file with a
    /// repeated id, gave two results with one id: a JSON folder or an SQLite database kept
    /// only the second, silently. The second is not run; it fails as `<id>#2` saying why.
    static func unique(_ input: DocumentInput, index: Int, seen: inout Set<Int>) -> DocumentInput {
        if seen.insert(input.id.hashValue).inserted { return input }
        var number = 2
        var id = "\(input.id)#\(number)"
        while !seen.insert(id.hashValue).inserted {
            number += 1
            id = "\(input.id)#\(number)"
        }
        if !DocumentID.isSafe(id) { id = "duplicate-\(index + 1)" }
        let duplicate = "duplicate id: an earlier document is also '\(input.id)'; this one was not run, and the earlier result stands"
        switch input {
        case .document(let document):
            return .unreadable(id: id, metadata: document.metadata, reason: duplicate)
        case .deferred(_, let metadata, _):
            return .unreadable(id: id, metadata: metadata, reason: duplicate)
        case .unreadable(_, let metadata, let problem):
            return .unreadable(id: id, metadata: metadata, reason: "\(problem) (listed as '\(id)': an earlier document is also '\(input.id)')")
        }
    }

    /// A hash of everything a document's result depends on besides the pipeline.
    static func contentHash(_ document: Document) -> String {
        var hash = FNV1a()
        hash.add(document.id.utf8)
        for key in document.metadata.keys.sorted() {
            hash.add([0])
            hash.add(key.utf8)
            hash.add([0])
            hash.add(document.metadata[key]!.utf8)
        }
        hash.add([1])
        hash.add(document.body.utf8)
        return hash.hex
    }
}

/// The executor's view of a pipeline: stage indices, their inputs and their dependents.
struct ExecutionPlan: Sendable {
    let stages: [PipelineStage]
    /// For each stage, the indices of the stages it reads.
    let dependencies: [[Int]]
    /// For each stage, the indices of the stages that read it.
    let dependents: [[Int]]
    /// For each stage, its ports and where each reads from, the producer by index
    /// (resolved once here, not by id for every stage of every document).
    let sources: [[(port: String, producer: Int?)]]
    /// For each stage, whether its output is written (looked up once here, not per document).
    let isOutput: [Bool]

    init(_ pipeline: Pipeline) {
        stages = pipeline.stages
        let index = Dictionary(stages.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        dependencies = stages.map { stage in
            Set(stage.inputs.values.compactMap { source -> Int? in
                if case .stage(let id) = source { return index[id] }
                return nil
            }).sorted()
        }
        var dependents = [[Int]](repeating: [], count: stages.count)
        for (stage, reads) in dependencies.enumerated() {
            for source in reads { dependents[source].append(stage) }
        }
        self.dependents = dependents
        sources = stages.map { stage in
            stage.inputs.map { port, source -> (port: String, producer: Int?) in
                if case .stage(let id) = source { return (port, index[id]) }
                return (port, nil)
            }
        }
        let outputIDs = Set(pipeline.outputStageIDs)
        isOutput = stages.map { outputIDs.contains($0.id) }
    }
}

/// Counts of a finished run, and the documents that failed with why.
public struct RunStatistics: Sendable {
    public var documents = 0
    /// Documents skipped by `--resume` because their result was already written.
    public var reused = 0
    public var failed: [(id: String, errors: [String: String])] = []
    public var stopped = false
}
