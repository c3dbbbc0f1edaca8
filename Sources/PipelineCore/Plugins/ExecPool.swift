#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The children of one `exec` pipeline stage: one per worker busy on it, started on demand,
/// reused while they behave, and replaced after one crashes, hangs or garbles an answer.
final class ExecPool: @unchecked Sendable {
    private let command: [String]
    private let directory: String
    private let createLine: [UInt8]
    private let timeout: Double
    private let lock = NSLock()
    private var idle: [ExecChild] = []

    init(command: [String], directory: String, create: PluginPayloads.CreateRequest, timeout: Double) throws {
        // A child that dies while we write to it must fail a document, not kill this process.
        signal(SIGPIPE, SIG_IGN)
        self.command = command
        self.directory = directory
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        createLine = Array(try encoder.encode(create))
        self.timeout = timeout
    }

    deinit {
        for child in idle { child.stop() }
    }

    /// Sends one request to an idle child (starting one when none is idle); returns its answer.
    func exchange(_ request: [UInt8]) throws -> [UInt8] {
        let (child, reused) = try checkOut()
        do {
            return try exchange(request, with: child)
        } catch {
            // A reused child that ended before answering may have quit while idle, not on
            // this document: try once more on a fresh child, which fails for real if it crashes too.
            guard reused, child.diedBeforeAnswering else { throw error }
            return try exchange(request, with: try start())
        }
    }

    private func exchange(_ request: [UInt8], with child: ExecChild) throws -> [UInt8] {
        do {
            let answer = try child.exchange(request, timeout: timeout)
            checkIn(child)
            return answer
        } catch {
            child.stop()
            throw error
        }
    }

    /// An idle child fit for a request, or a new one; and whether it was reused.
    private func checkOut() throws -> (child: ExecChild, reused: Bool) {
        while true {
            lock.lock()
            let reused = idle.popLast()
            lock.unlock()
            guard let reused else { break }
            if reused.isClean { return (reused, true) }
            // It exited while idle, or wrote lines nobody asked for: replace it.
            reused.stop()
        }
        return (try start(), false)
    }

    /// Starts a child and hands it its options; it must answer {"ok": true}.
    private func start() throws -> ExecChild {
        let child = try ExecChild(command: command, directory: directory)
        let label = command.joined(separator: " ")
        do {
            let answer = try child.exchange(createLine, timeout: timeout)
            let decoded = try? JSONDecoder().decode(CreateAnswer.self, from: Data(answer))
            if let failure = decoded?.error {
                throw PluginPayloads.Failure(message: "'\(label)' refused its options: \(failure.message)")
            }
            guard decoded?.ok == true else {
                throw PluginPayloads.Failure(
                    message: "'\(label)' answered its first line with \(Self.excerpt(answer)), not {\"ok\": true}")
            }
        } catch {
            child.stop()
            throw error
        }
        return child
    }

    private func checkIn(_ child: ExecChild) {
        lock.lock()
        idle.append(child)
        lock.unlock()
    }

    private struct CreateAnswer: Decodable {
        var ok: Bool?
        var error: PluginPayloads.Failure?
    }

    static func excerpt(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes.prefix(80), as: UTF8.self)
        return "'" + text + (bytes.count > 80 ? "…" : "") + "'"
    }
}
