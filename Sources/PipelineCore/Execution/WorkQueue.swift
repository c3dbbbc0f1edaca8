import Dispatch
import Foundation

/// A fixed number of Dispatch workers taking closures from one FIFO queue.
///
/// Bounding the workers (rather than `async`-ing every task onto a global queue) is what
/// makes `--jobs` a real bound on parallel stage work.
final class WorkQueue: @unchecked Sendable {
    private let lock = NSLock()
    private let available = DispatchSemaphore(value: 0)
    private var tasks: [@Sendable () -> Void] = []
    private var head = 0
    private var closed = false
    private let finished = DispatchGroup()

    init(workers: Int) {
        for _ in 0..<max(1, workers) {
            finished.enter()
            DispatchQueue.global().async { [self] in
                while let task = next() { task() }
                finished.leave()
            }
        }
    }

    func submit(_ task: @escaping @Sendable () -> Void) {
        lock.lock()
        tasks.append(task)
        lock.unlock()
        available.signal()
    }

    /// Lets the workers finish what is queued, then waits for them to stop.
    func close() {
        lock.lock()
        closed = true
        lock.unlock()
        available.signal()
        finished.wait()
    }

    private func next() -> (@Sendable () -> Void)? {
        while true {
            available.wait()
            lock.lock()
            if head < tasks.count {
                let task = tasks[head]
                head += 1
                if head > 1024, head * 2 > tasks.count {
                    tasks.removeFirst(head)
                    head = 0
                }
                lock.unlock()
                return task
            }
            let isClosed = closed
            lock.unlock()
            if isClosed {
                available.signal()  // wake the next worker so it sees `closed` too
                return nil
            }
        }
    }
}
