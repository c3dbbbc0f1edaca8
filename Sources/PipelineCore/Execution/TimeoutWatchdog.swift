import Dispatch
import Foundation

/// Fails documents that run past their time, with one timer for the whole run.
///
/// One timer per document would keep a scheduled closure alive for the whole timeout after
/// the document is done: at thousands of documents a second, hundreds of megabytes.
final class TimeoutWatchdog: @unchecked Sendable {
    let seconds: Double
    private let lock = NSLock()
    private var deadlines: [ObjectIdentifier: (run: Weak, deadline: DispatchTime)] = [:]
    private let timer: any DispatchSourceTimer

    private struct Weak {
        weak var run: DocumentRun?
    }

    init(seconds: Double) {
        self.seconds = seconds
        timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global())
        let interval = min(1.0, max(0.01, seconds / 4))
        timer.schedule(deadline: .now() + interval, repeating: interval, leeway: .milliseconds(10))
        timer.setEventHandler { [weak self] in self?.check() }
        timer.resume()
    }

    deinit {
        timer.cancel()
    }

    /// Starts the clock for `run`; `finished` stops it.
    func started(_ run: DocumentRun) {
        lock.lock()
        deadlines[ObjectIdentifier(run)] = (Weak(run: run), .now() + seconds)
        lock.unlock()
    }

    func finished(_ run: DocumentRun) {
        lock.lock()
        deadlines.removeValue(forKey: ObjectIdentifier(run))
        lock.unlock()
    }

    private func check() {
        let now = DispatchTime.now()
        lock.lock()
        let overdue = deadlines.filter { $0.value.deadline <= now }
        for key in overdue.keys { deadlines.removeValue(forKey: key) }
        lock.unlock()
        for entry in overdue.values { entry.run.run?.expire(after: seconds) }
    }
}
