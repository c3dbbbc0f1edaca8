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
        let child = try checkOut()
        do {
            let answer = try child.exchange(request, timeout: timeout)
            checkIn(child)
            return answer
        } catch {
            child.stop()
            throw error
        }
    }

    private func checkOut() throws -> ExecChild {
        lock.lock()
        let reused = idle.popLast()
        lock.unlock()
        if let reused { return reused }
        let child = try ExecChild(command: command, directory: directory)
        do {
            let answer = try child.exchange(createLine, timeout: timeout)
            let decoded = try? JSONDecoder().decode(CreateAnswer.self, from: Data(answer))
            if let failure = decoded?.error {
                throw PluginPayloads.Failure(message: "'\(command.joined(separator: " "))' refused its options: \(failure.message)")
            }
            guard decoded?.ok == true else {
                throw PluginPayloads.Failure(
                    message: "'\(command.joined(separator: " "))' answered its first line with \(Self.excerpt(answer)), not {\"ok\": true}")
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
