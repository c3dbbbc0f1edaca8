#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
internal import CPipelinePlugin

/// One running child of an `exec` stage: JSON lines to its stdin, JSON lines from its stdout.
///
/// Used by one thread at a time (the pool hands it out). Every wait has a deadline, and
/// writes never block, so a hung child costs at most the stage's timeout.
final class ExecChild: @unchecked Sendable {
    /// The longest answer line accepted; a child streaming without newlines is stopped.
    static let maxLineBytes = 256 << 20

    private let pid: pid_t
    private let writeFD: Int32
    private let readFD: Int32
    private var buffer: [UInt8] = []
    private let label: String
    private var exitStatus: Int32?
    /// Set when the child ended before writing any of its answer: it may have quit while
    /// idle, so the request deserves one more try on a fresh child.
    private(set) var diedBeforeAnswering = false

    init(command: [String], directory: String) throws {
        label = command.joined(separator: " ")
        var program = command[0]
        if program.contains("/"), !program.hasPrefix("/") {
            program = StageContext(stageID: "", baseDirectory: directory).resolvePath(program)
        }
        let arguments = [program] + command.dropFirst()
        var toChild: Int32 = -1
        var fromChild: Int32 = -1
        let cStrings = arguments.map { strdup($0) }
        defer { cStrings.forEach { free($0) } }
        let pid = (cStrings + [nil]).withUnsafeBufferPointer { argv in
            pipeline_spawn(argv.baseAddress, directory, &toChild, &fromChild)
        }
        guard pid > 0 else {
            throw PluginPayloads.Failure(message: "cannot start '\(label)': \(String(cString: strerror(errno)))")
        }
        self.pid = pid
        writeFD = toChild
        readFD = fromChild
        _ = fcntl(writeFD, F_SETFL, fcntl(writeFD, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        stop()
    }

    /// Whether an idle child is still fit for a request: running, with nothing unread. A
    /// child that printed more than its answers would hand its next document a stale line.
    var isClean: Bool {
        guard !closed, buffer.isEmpty else { return false }
        var descriptor = pollfd(fd: readFD, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) == 0
    }

    /// Sends one request line and reads one answer line, both before `deadline`.
    func exchange(_ request: [UInt8], timeout: Double) throws -> [UInt8] {
        let deadline = Date().addingTimeInterval(timeout)
        try send(request + [UInt8(ascii: "\n")], deadline: deadline, timeout: timeout)
        return try receiveLine(deadline: deadline, timeout: timeout)
    }

    private func send(_ bytes: [UInt8], deadline: Date, timeout: Double) throws {
        var offset = 0
        while offset < bytes.count {
            try wait(for: Int16(POLLOUT), deadline: deadline, timeout: timeout)
            let written = bytes[offset...].withUnsafeBufferPointer { write(writeFD, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EAGAIN || errno == EINTR { continue }
                throw died("stopped reading its input")
            }
            offset += written
        }
    }

    private func receiveLine(deadline: Date, timeout: Double) throws -> [UInt8] {
        var scanned = 0
        while true {
            if let newline = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                return line
            }
            scanned = buffer.count
            guard buffer.count <= Self.maxLineBytes else {
                throw PluginPayloads.Failure(message: "'\(label)' wrote a line longer than \(Self.maxLineBytes) bytes")
            }
            try wait(for: Int16(POLLIN), deadline: deadline, timeout: timeout)
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let count = chunk.withUnsafeMutableBufferPointer { read(readFD, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EAGAIN || errno == EINTR { continue }
                throw died("closed its output")
            }
            if count == 0 { throw died("closed its output") }
            buffer += chunk[..<count]
        }
    }

    /// Waits until `fd` is ready for `events`, or throws when the deadline passes.
    private func wait(for events: Int16, deadline: Date, timeout: Double) throws {
        while true {
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else {
                throw PluginPayloads.Failure(
                    message: "'\(label)' did not answer within \(Self.seconds(timeout)); it was stopped and will be restarted")
            }
            var descriptor = pollfd(fd: events == Int16(POLLIN) ? readFD : writeFD, events: events, revents: 0)
            let ready = poll(&descriptor, 1, Int32(min(remaining * 1000, 60_000).rounded(.up)))
            if ready > 0 { return }
            if ready < 0, errno != EINTR { throw died("could not be polled") }
        }
    }

    /// Stops the child and says how it ended, for a document's error.
    private func died(_ what: String) -> PluginPayloads.Failure {
        diedBeforeAnswering = buffer.isEmpty
        // A child that closed its output is usually exiting; give it a moment to say how.
        for _ in 0..<20 where exitStatus == nil {
            var status: Int32 = 0
            if pipeline_try_reap(pid, &status) == 1 { exitStatus = status } else { usleep(5_000) }
        }
        stop()
        var value: Int32 = 0
        let signaled = pipeline_wait_status(exitStatus ?? 0, &value) == 1
        let how = signaled ? "was killed by signal \(value)" : "exited with status \(value)"
        return PluginPayloads.Failure(message: "'\(label)' \(what): it \(how); it will be restarted")
    }

    /// Kills the child and whatever it started (if still running), reaps it, closes the pipes.
    /// Once: after that its pid may belong to another process.
    func stop() {
        guard !closed else { return }
        closed = true
        if exitStatus == nil {
            exitStatus = pipeline_kill_and_reap(pid)
        } else {
            // Reaped a moment ago; what it started may still hold the group.
            kill(-pid, SIGKILL)
        }
        close(writeFD)
        close(readFD)
    }

    private var closed = false

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}
