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
    let plan: ExecutionPlan

    public init(pipeline: Pipeline, jobs: Int = ProcessInfo.processInfo.activeProcessorCount, maxInFlight: Int? = nil) {
        self.pipeline = pipeline
        self.jobs = max(1, jobs)
        self.maxInFlight = max(1, maxInFlight ?? self.jobs * 4)
        self.plan = ExecutionPlan(pipeline)
    }

    /// Runs every input; `emit` is called once per document, in input order, never concurrently.
    ///
    /// An error thrown by `emit` (a full disk) stops reading and is rethrown after the
    /// documents in flight are done; documents already emitted stay emitted.
    public func run<Inputs: Sequence<DocumentInput>>(
        _ inputs: Inputs,
        stopWhen shouldStop: (@Sendable (DocumentResult) -> Bool)? = nil,
        emit: @escaping @Sendable (DocumentResult) throws -> Void
    ) throws -> RunStatistics {
        let queue = WorkQueue(workers: jobs)
        let slots = DispatchSemaphore(value: maxInFlight)
        let writer = OrderedEmitter(emit: emit, stopWhen: shouldStop, slots: slots)
        var count = 0
        for input in inputs {
            slots.wait()
            if writer.isStopped {
                slots.signal()
                break
            }
            let index = count
            count += 1
            switch input {
            case .unreadable(let id, let metadata, let reason):
                writer.complete(DocumentResult(id: id, metadata: metadata, errors: ["read": reason], index: index))
            case .document(let document):
                DocumentRun(document: document, index: index, plan: plan, queue: queue) { result in
                    writer.complete(result)
                }.start()
            }
        }
        writer.waitUntilEmitted(count: count)
        queue.close()
        if let error = writer.emitError { throw error }
        return writer.statistics
    }
}

/// The executor's view of a pipeline: stage indices, their inputs and their dependents.
struct ExecutionPlan: Sendable {
    let stages: [PipelineStage]
    /// For each stage, the indices of the stages it reads.
    let dependencies: [[Int]]
    /// For each stage, the indices of the stages that read it.
    let dependents: [[Int]]
    let outputIDs: Set<String>

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
        outputIDs = Set(pipeline.outputStageIDs)
    }
}

/// Counts of a finished run, and the documents that failed with why.
public struct RunStatistics: Sendable {
    public var documents = 0
    public var failed: [(id: String, errors: [String: String])] = []
    public var stopped = false
}
