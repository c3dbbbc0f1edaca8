#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// One running child of an `exec` stage: JSON lines to its stdin, JSON lines from its stdout.
///
/// Used by one thread at a time (the pool hands it out). Every wait has a deadline, and
/// writes never block, so a hung child costs at most the stage's timeout.
final class ExecChild: @unchecked Sendable {
    /// The longest answer line accepted; a child streaming without newlines is stopped.
    static let maxLineBytes = 256 << 20

    private let process: Process
    private let writeFD: Int32
    private let readFD: Int32
    private let stdinHandle: FileHandle
    private let stdoutHandle: FileHandle
    private var buffer: [UInt8] = []
    private let label: String

    init(command: [String], directory: String) throws {
        label = command.joined(separator: " ")
        let process = Process()
        let program = command[0]
        if program.contains("/") {
            process.executableURL = URL(fileURLWithPath: program, relativeTo: URL(fileURLWithPath: directory, isDirectory: true))
            process.arguments = Array(command.dropFirst())
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = command
        }
        process.currentDirectoryURL = URL(fileURLWithPath: directory, isDirectory: true)
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        do {
            try process.run()
        } catch {
            throw PluginPayloads.Failure(message: "cannot start '\(label)': \(error.localizedDescription)")
        }
        self.process = process
        stdinHandle = stdin.fileHandleForWriting
        stdoutHandle = stdout.fileHandleForReading
        writeFD = stdinHandle.fileDescriptor
        readFD = stdoutHandle.fileDescriptor
        _ = fcntl(writeFD, F_SETFL, fcntl(writeFD, F_GETFL) | O_NONBLOCK)
        // The child's ends belong to it now; keeping them would hide its exit from us.
        try? stdin.fileHandleForReading.close()
        try? stdout.fileHandleForWriting.close()
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
        stop()
        let how: String
        switch process.terminationReason {
        case .exit: how = "exited with status \(process.terminationStatus)"
        case .uncaughtSignal: how = "was killed by signal \(process.terminationStatus)"
        @unknown default: how = "ended"
        }
        return PluginPayloads.Failure(message: "'\(label)' \(what): it \(how); it will be restarted")
    }

    /// Kills the child (if it still runs) and reaps it.
    func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        try? stdinHandle.close()
        try? stdoutHandle.close()
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}
