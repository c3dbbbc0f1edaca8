import Foundation

/// One document going through the stage DAG: starts each stage when its inputs are ready.
final class DocumentRun: @unchecked Sendable {
    private let document: Document
    private let index: Int
    private let plan: ExecutionPlan
    private let queue: WorkQueue
    private let completion: @Sendable (DocumentResult) -> Void
    private let body: Text
    private let fingerprint: String
    private let watchdog: TimeoutWatchdog?
    private var completed = false
    private var timerStarted = false
    private var timedOut = false
    /// Which stages are running right now, so a timeout can name them.
    private var running: [Bool]

    private let lock = NSLock()
    private var outputs: [(any Artifact)?]
    private var errors: [String: String] = [:]
    private var waitingOn: [Int]
    private var failedInput: [String?]
    private var unfinished: Int

    init(
        document: Document, index: Int, plan: ExecutionPlan, queue: WorkQueue, fingerprint: String,
        watchdog: TimeoutWatchdog? = nil, completion: @escaping @Sendable (DocumentResult) -> Void
    ) {
        self.document = document
        self.index = index
        self.plan = plan
        self.queue = queue
        self.completion = completion
        self.body = Text(document.body)
        self.fingerprint = fingerprint
        self.watchdog = watchdog
        outputs = Array(repeating: nil, count: plan.stages.count)
        waitingOn = plan.dependencies.map(\.count)
        failedInput = Array(repeating: nil, count: plan.stages.count)
        running = Array(repeating: false, count: plan.stages.count)
        unfinished = plan.stages.count
    }

    func start() {
        if plan.stages.isEmpty {
            finish()
            return
        }

        // Decide the first wave before submitting any: a submitted stage may finish and make
        // another ready while this loop still runs, and that one must be submitted once.
        let initial = plan.stages.indices.filter { plan.dependencies[$0].isEmpty }
        for stage in initial { submit(stage) }
    }

    private func submit(_ stage: Int) {
        queue.submit { [self] in run(stage) }
    }

    private func run(_ stage: Int) -> WorkQueue.Next {
        var ports: [(name: String, artifact: any Artifact)] = []
        ports.reserveCapacity(plan.sources[stage].count)
        lock.lock()
        if completed {
            lock.unlock()
            return .proceed
        }
        running[stage] = true
        // The clock starts when the document first runs, not while it waits for a worker.
        if let watchdog, !timerStarted {
            timerStarted = true
            watchdog.started(self)
        }
        for (port, producer) in plan.sources[stage] {
            if let producer {
                if let output = outputs[producer] { ports.append((port, output)) }
            } else {
                ports.append((port, body))
            }
        }
        lock.unlock()
        let outcome: Result<any Artifact, any Error>
        do {
            outcome = .success(try plan.stages[stage].runner.process(StageInput(document: document, ports: ports)))
        } catch {
            outcome = .failure(error)
        }
        var ready: [Int] = []
        lock.lock()
        running[stage] = false
        if completed {
            // Timed out meanwhile: the result is already out, and a stand-in took this worker's place.
            let replaced = timedOut
            lock.unlock()
            return replaced ? .retire : .proceed
        }
        switch outcome {
        case .success(let artifact): outputs[stage] = artifact
        case .failure(let error): errors[plan.stages[stage].id] = String(describing: error)
        }
        settle(stage, failed: outputs[stage] == nil, ready: &ready)
        let done = unfinished == 0
        if done { completed = true }
        lock.unlock()
        for next in ready { submit(next) }
        if done { finish() }
        return .proceed
    }

    /// Fails the document if it is still running: its stages still running are named, the
    /// others skipped, and a fresh worker stands in for each one stuck in this document.
    func expire(after seconds: Double) {
        lock.lock()
        guard !completed else {
            lock.unlock()
            return
        }
        completed = true
        timedOut = true
        let stuck = running.filter { $0 }.count
        for stage in plan.stages.indices where outputs[stage] == nil && errors[plan.stages[stage].id] == nil {
            errors[plan.stages[stage].id] = running[stage]
                ? "timed out after \(seconds) s (--timeout)" : "skipped: the document timed out"
        }
        lock.unlock()
        for _ in 0..<stuck { queue.replaceStuckWorker() }
        finish()
    }

    /// Marks `stage` finished and finds the dependents now ready; skips those whose input failed.
    /// Called with the lock held.
    private func settle(_ stage: Int, failed: Bool, ready: inout [Int]) {
        unfinished -= 1
        let id = plan.stages[stage].id
        for dependent in plan.dependents[stage] {
            waitingOn[dependent] -= 1
            if failed, failedInput[dependent] == nil { failedInput[dependent] = id }
            guard waitingOn[dependent] == 0 else { continue }
            if let source = failedInput[dependent] {
                errors[plan.stages[dependent].id] = "skipped: its input from '\(source)' failed"
                settle(dependent, failed: true, ready: &ready)
            } else {
                ready.append(dependent)
            }
        }
    }

    private func finish() {
        watchdog?.finished(self)
        var result = DocumentResult(id: document.id, metadata: document.metadata, errors: errors, index: index)
        result.fingerprint = fingerprint
        for (index, output) in outputs.enumerated() where plan.isOutput[index] {
            if let output { result.outputs.append((plan.stages[index].id, output)) }
        }
        completion(result)
    }
}
