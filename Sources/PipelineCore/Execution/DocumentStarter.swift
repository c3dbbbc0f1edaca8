/// Starts one read document: fails it at once when it could not be read, keeps the earlier
/// result under `--resume`, else runs it through the stages.
///
/// Called on the thread that walks the inputs, or on a worker for a deferred read, so
/// everything it holds is safe to share.
struct DocumentStarter: Sendable {
    let pipeline: Pipeline
    let plan: ExecutionPlan
    let queue: WorkQueue
    let watchdog: TimeoutWatchdog?
    let writer: OrderedEmitter
    let isDone: (@Sendable (_ id: String, _ fingerprint: String) -> Bool)?
    let prepare: (@Sendable (DocumentResult) -> DocumentResult)?

    func start(_ input: DocumentInput, index: Int) {
        switch input {
        case .unreadable(let id, let metadata, let reason):
            complete(DocumentResult(id: id, metadata: metadata, errors: ["read": reason], index: index))
        case .deferred:
            start(input.loaded(), index: index)
        case .document(let document):
            let fingerprint = pipeline.fingerprint + "-" + Executor.contentHash(document)
            if let isDone, isDone(document.id, fingerprint) {
                var reused = DocumentResult(id: document.id, metadata: document.metadata, index: index)
                reused.fingerprint = fingerprint
                reused.isReused = true
                writer.complete(reused)
                return
            }
            DocumentRun(
                document: document, index: index, plan: plan, queue: queue, fingerprint: fingerprint,
                watchdog: watchdog, completion: { complete($0) }
            ).start()
        }
    }

    private func complete(_ result: DocumentResult) {
        writer.complete(prepare?(result) ?? result)
    }
}
