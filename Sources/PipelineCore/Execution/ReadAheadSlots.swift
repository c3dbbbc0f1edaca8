import Foundation

/// How many more documents the reader may start: it takes one per document and waits when
/// none is free; the emitter gives them back, several at once with a single wake-up (a
/// semaphore wakes its waiter once per slot, so once per document).
final class ReadAheadSlots: @unchecked Sendable {
    private let condition = NSCondition()
    private var free: Int

    init(_ count: Int) {
        free = count
    }

    func take() {
        condition.lock()
        while free == 0 { condition.wait() }
        free -= 1
        condition.unlock()
    }

    func giveBack(_ count: Int) {
        guard count > 0 else { return }
        condition.lock()
        free += count
        condition.unlock()
        // Signalled after unlocking, so the woken reader does not block on the lock at once.
        // Nothing is lost: the reader tests `free` under the lock before it waits.
        condition.signal()
    }
}
