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

    private var existing: ExistingResults?

    /// With `resume`, the results already in `path` (and in temporary files that killed runs
    /// left beside it) are read first, and kept for the documents `--resume` skips.
    public init(path: String, resume: Bool = false) throws(OutputError) {
        self.path = path
        if resume, path != "-" {
            existing = ExistingResults(paths: [path] + Self.leftovers(of: path))
        }
        if path == "-" {
            descriptor = STDOUT_FILENO
            temporary = nil
        } else if Self.isStream(path) {
            // A device or pipe cannot be renamed over: write to it directly.
            descriptor = open(path, O_WRONLY)
            guard descriptor >= 0 else { throw OutputError(path: path, reason: FileOutput.errnoReason()) }
            temporary = nil
        } else {
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty { try FileOutput.makeDirectories(directory) }
            let temporary = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
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

    public func prepare(_ result: DocumentResult) -> DocumentResult {
        var prepared = result
        prepared.encoded = encoder.encodeReportingFailures(result)
        return prepared
    }

    public func existingFingerprint(for id: String) -> String? {
        existing?.fingerprint(for: id)
    }

    public func write(_ result: DocumentResult) throws {
        if result.isReused {
            guard let line = existing?.line(for: result.id) else {
                throw OutputError(path: path, reason: "the earlier result for '\(result.id)' could not be read back")
            }
            buffer += line
            return
        }
        buffer += result.encoded ?? encoder.encodeReportingFailures(result)
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
        for file in existing?.files ?? [] where file != path { unlink(file) }
    }

    private static func isStream(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let type = info.st_mode & S_IFMT
        return type == S_IFCHR || type == S_IFIFO
    }

    /// Temporary files of earlier runs on the same output that did not finish.
    private static func leftovers(of path: String) -> [String] {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent + ".tmp-"
        let folder = directory.isEmpty ? "." : directory
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasPrefix(name) }.sorted().map { (folder as NSString).appendingPathComponent($0) }
    }

    private func flush() throws(OutputError) {
        guard !buffer.isEmpty else { return }
        try FileOutput.writeAll(descriptor, buffer, path: path)
        buffer.removeAll(keepingCapacity: true)
    }
}
