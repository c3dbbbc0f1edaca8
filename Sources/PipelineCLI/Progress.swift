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
            if style == .json {
                emit(["event": .string("progress"), "done": .int(done), "failed": .int(failed),
                      "docs_per_second": .double((rate * 10).rounded() / 10)])
            } else {
                let line = String(format: "\r\u{1B}[K%d done, %.1f docs/s, %d failed", done, rate, failed)
                FileHandle.standardError.write(Data(line.utf8))
                drawn = true
            }
        }
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
