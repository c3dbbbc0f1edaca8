import Dispatch
import Foundation

/// Holds finished documents until every earlier one is written, then writes them in order.
final class OrderedEmitter: @unchecked Sendable {
    private let emit: @Sendable (DocumentResult) throws -> Void
    private let stopWhen: (@Sendable (DocumentResult) -> Bool)?
    private let slots: ReadAheadSlots
    /// Slots freed but not yet given back: they go back `slotBatch` at a time, so the reader
    /// blocked on them is woken once per batch, not once per document.
    private var heldSlots = 0
    private let slotBatch: Int
    private let lock = NSLock()
    private let allEmitted = DispatchSemaphore(value: 0)
    private var waiting: [Int: DocumentResult] = [:]
    private var next = 0
    private var expected: Int?
    private var stopped = false
    private(set) var emitError: (any Error)?
    private(set) var statistics = RunStatistics()

    init(
        emit: @escaping @Sendable (DocumentResult) throws -> Void,
        stopWhen: (@Sendable (DocumentResult) -> Bool)?, slots: ReadAheadSlots, slotBatch: Int = 1
    ) {
        self.emit = emit
        self.stopWhen = stopWhen
        self.slots = slots
        self.slotBatch = max(1, slotBatch)
    }

    var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    func complete(_ result: DocumentResult) {
        lock.lock()
        waiting[result.index] = result
        while let ready = waiting.removeValue(forKey: next) {
            next += 1
            if emitError == nil {
                do {
                    try emit(ready)
                    statistics.documents += 1
                    if ready.isReused { statistics.reused += 1 }
                    if ready.failed { statistics.failed.append((ready.id, ready.errors)) }
                    if let stopWhen, stopWhen(ready) {
                        stopped = true
                        statistics.stopped = true
                    }
                } catch {
                    emitError = error
                    stopped = true
                }
            }
            heldSlots += 1
        }
        // No deadlock: the reader waits only when every slot is taken, and then each is held
        // by a document in flight or here, so once those are done all are here, and
        // `slotBatch` is at most their number. A stop gives them back at once, to be seen soon.
        var freed = 0
        if heldSlots >= slotBatch || (stopped && heldSlots > 0) {
            freed = heldSlots
            heldSlots = 0
        }
        if let expected, next == expected { allEmitted.signal() }
        lock.unlock()
        // After unlocking: the woken reader asks `isStopped` first, and would block on the
        // lock still held here, to be woken a second time.
        slots.giveBack(freed)
    }

    func waitUntilEmitted(count: Int) {
        lock.lock()
        expected = count
        let done = next == count
        lock.unlock()
        if !done { allEmitted.wait() }
    }
}
