import Dispatch
import Foundation

/// A fixed number of Dispatch workers taking closures from one FIFO queue.
///
/// Bounding the workers (rather than `async`-ing every task onto a global queue) is what
/// makes `--jobs` a real bound on parallel stage work.
final class WorkQueue: @unchecked Sendable {
    private let lock = NSLock()
    private let available = DispatchSemaphore(value: 0)
    /// What a worker does after a task: go on, or stop because a stand-in replaced it.
    enum Next {
        case proceed, retire
    }

    private var tasks: [@Sendable () -> Next] = []
    private var head = 0
    private var closed = false
    private var stuck = 0
    private let finished = DispatchGroup()

    init(workers: Int) {
        for _ in 0..<max(1, workers) { addWorker() }
    }

    /// Stands in for a worker stuck in a task that timed out: a new worker starts now; the
    /// stuck one stops when its task ends, by returning `.retire`.
    func replaceStuckWorker() {
        lock.lock()
        stuck += 1
        lock.unlock()
        addWorker()
    }

    private func addWorker() {
        finished.enter()
        DispatchQueue.global().async { [self] in
            while let task = next() {
                if task() == .retire {
                    lock.lock()
                    stuck -= 1
                    lock.unlock()
                    break
                }
            }
            finished.leave()
        }
    }

    func submit(_ task: @escaping @Sendable () -> Next) {
        lock.lock()
        tasks.append(task)
        lock.unlock()
        available.signal()
    }

    /// Lets the workers finish what is queued, then waits for them to stop (but not for a
    /// worker stuck past its document's timeout: the process may end under it).
    func close(waitingForStuckWorkers: Bool = true) {
        lock.lock()
        closed = true
        let anyStuck = stuck > 0
        lock.unlock()
        available.signal()
        if !anyStuck || waitingForStuckWorkers { finished.wait() }
    }

    private func next() -> (@Sendable () -> Next)? {
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
