import Foundation
import PipelineCore

/// Reports a run on standard error: a live line on a terminal, JSON lines for machines, or nothing.
final class Progress: @unchecked Sendable {
    enum Style {
        case none, terminal, json
    }

    private let style: Style
    private let started = Date()
    private var done = 0
    private var failed = 0
    private var lastDrawn = Date.distantPast
    private var drawn = false
    private let lock = NSLock()
    private var total: Int?

    /// Counts the inputs in the background, so the line can show a total and an ETA.
    func countInBackground(_ counter: @escaping @Sendable () -> Int?) {
        guard style != .none else { return }
        DispatchQueue.global(qos: .utility).async { [self] in
            let found = counter()
            lock.lock()
            total = found
            lock.unlock()
        }
    }

    init(style: Style) {
        self.style = style
    }

    /// Called from the executor's ordered emitter, one document at a time.
    func record(_ result: DocumentResult) {
        done += 1
        if result.failed { failed += 1 }
        switch style {
        case .none:
            return
        case .json:
            if result.failed {
                emit(["event": .string("failed"), "id": .string(result.id),
                      "errors": .object(result.errors.mapValues(JSONValue.string))])
            }
            fallthrough
        case .terminal:
            let now = Date()
            guard now.timeIntervalSince(lastDrawn) >= (style == .json ? 1 : 0.25) else { return }
            lastDrawn = now
            let elapsed = now.timeIntervalSince(started)
            let rate = elapsed > 0 ? Double(done) / elapsed : 0
            lock.lock()
            let total = self.total
            lock.unlock()
            let remaining = total.map { max(0, $0 - done) }
            let eta = remaining.map { rate > 0 ? Double($0) / rate : 0 }
            if style == .json {
                var event: [String: JSONValue] = [
                    "event": .string("progress"), "done": .int(done), "failed": .int(failed),
                    "docs_per_second": .double((rate * 10).rounded() / 10)]
                if let total { event["total"] = .int(total) }
                if let eta { event["eta_seconds"] = .double(eta.rounded()) }
                emit(event)
            } else {
                let count = total.map { "\(done)/\($0)" } ?? "\(done)"
                let etaText = eta.map { String(format: ", ETA %@", Self.duration($0)) } ?? ""
                let line = String(format: "\r\u{1B}[K%@ done, %.1f docs/s%@, %d failed", count, rate, etaText, failed)
                FileHandle.standardError.write(Data(line.utf8))
                drawn = true
            }
        }
    }

    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        if whole >= 3600 { return String(format: "%dh%02dm", whole / 3600, whole / 60 % 60) }
        if whole >= 60 { return String(format: "%dm%02ds", whole / 60, whole % 60) }
        return "\(whole)s"
    }

    func clear() {
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        drawn = false
    }

    func finish(_ statistics: RunStatistics, seconds: Double) {
        guard style == .json else { return }
        emit(["event": .string("finished"), "documents": .int(statistics.documents),
              "failed": .int(statistics.failed.count), "reused": .int(statistics.reused),
              "seconds": .double((seconds * 1000).rounded() / 1000)])
    }

    private func emit(_ object: [String: JSONValue]) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(JSONValue.object(object)) else { return }
        FileHandle.standardError.write(data + Data("\n".utf8))
    }
}
