import Foundation

/// Writes one JSON line per document to a file or to standard output.
///
/// To a file: lines go to a temporary file renamed over the target at `finish`, so a
/// killed run never leaves a torn file. To stdout (`-`): each line is flushed as soon as
/// it is written, so a downstream consumer (Spark's `pipe`, Hadoop Streaming) sees it.
public final class JSONLSink: ResultSink, @unchecked Sendable {
    private let path: String
    private let temporary: String?
    private let descriptor: Int32
    private let encoder = ResultEncoder()
    private var buffer: [UInt8] = []
    private var temporaryRenamed = false

    public init(path: String) throws(OutputError) {
        self.path = path
        if path == "-" {
            descriptor = STDOUT_FILENO
            temporary = nil
        } else {
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty { try FileOutput.makeDirectories(directory) }
            let temporary = path + ".tmp-\(getpid())"
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard descriptor >= 0 else { throw OutputError(path: path, reason: FileOutput.errnoReason()) }
            self.temporary = temporary
        }
    }

    deinit {
        if let temporary, !temporaryRenamed {
            close(descriptor)
            unlink(temporary)
        }
    }

    public func write(_ result: DocumentResult) throws {
        buffer += try encoder.encode(result)
        buffer.append(UInt8(ascii: "\n"))
        if temporary == nil || buffer.count > 1 << 20 { try flush() }
    }

    public func finish() throws {
        try flush()
        guard let temporary else { return }
        guard fsync(descriptor) == 0 || errno == EINVAL else { throw OutputError(path: path, reason: FileOutput.errnoReason()) }
        guard rename(temporary, path) == 0 else { throw OutputError(path: path, reason: FileOutput.errnoReason()) }
        temporaryRenamed = true
        close(descriptor)
    }

    private func flush() throws(OutputError) {
        guard !buffer.isEmpty else { return }
        try FileOutput.writeAll(descriptor, buffer, path: path)
        buffer.removeAll(keepingCapacity: true)
    }
}
