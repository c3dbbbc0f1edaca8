import Foundation

/// A live progress line on a terminal: documents done, rate, failures. Silent when disabled.
final class Progress: @unchecked Sendable {
    private let enabled: Bool
    private let started = Date()
    private var done = 0
    private var failed = 0
    private var lastDrawn = Date.distantPast
    private var drawn = false

    init(enabled: Bool) {
        self.enabled = enabled
    }

    /// Called from the executor's ordered emitter, one document at a time.
    func record(failed didFail: Bool) {
        done += 1
        if didFail { failed += 1 }
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDrawn) >= 0.25 else { return }
        lastDrawn = now
        let elapsed = now.timeIntervalSince(started)
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        FileHandle.standardError.write(Data(String(format: "\r\u{1B}[K%d done, %.1f docs/s, %d failed", done, rate, failed).utf8))
        drawn = true
    }

    func clear() {
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
