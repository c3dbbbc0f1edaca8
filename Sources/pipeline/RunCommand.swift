import ArgumentParser
import Foundation
import PipelineCore

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a pipeline over folders, files or JSONL and write one result per document.",
        discussion: """
            INPUT is a folder (read recursively, sorted), a file, a .jsonl file, or '-' for JSONL \
            on standard input. Exit codes: 0 all documents done, 1 some documents failed (each \
            listed), 2 bad pipeline or arguments, 3 input or output failure.
            """)

    @OptionGroup var file: PipelineFile

    @Argument(help: "Folders, files, .jsonl files, or '-' for JSONL on standard input.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "Where results go: a folder, a .jsonl file, or '-' for standard output.")
    var output: String = "-"

    @Option(help: "Output format: json (a file per document) or jsonl. Default: from the output name.")
    var format: OutputFormatArgument?

    @Option(help: "How many documents and stages run at once (default: the processor count).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Process only shard K of N (e.g. 2/8), chosen by a stable hash of the document id.")
    var shard: String?

    @Option(help: "Refuse documents larger than this many bytes (default 33554432, 32 MiB).")
    var maxDocumentBytes: Int = 32 << 20

    @Flag(help: "Stop at the first document that fails.")
    var failFast = false

    @Flag(name: .shortAndLong, help: "Print nothing on standard error but errors.")
    var quiet = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard maxDocumentBytes >= 1 else { throw ValidationError("--max-document-bytes must be at least 1") }
        if let shard, Shard(shard) == nil {
            throw ValidationError("--shard takes K/N with 1 ≤ K ≤ N, e.g. 1/4; got '\(shard)'")
        }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input ('-') can be read once") }
    }

    func run() throws {
        let pipeline = try file.load(registry: Registry.load())
        let sink: any ResultSink
        do {
            sink = try (format?.value ?? OutputFormat.implied(by: output)).makeSink(path: output)
        } catch {
            StandardError.print("error: \(error)")
            throw Exit.ioFailure
        }
        let documents = InputSources.documents(
            inputs, pipeline: pipeline, maxDocumentBytes: maxDocumentBytes, shard: shard.flatMap(Shard.init))
        let progress = Progress(enabled: !quiet && StandardError.isTerminal)
        let executor = Executor(pipeline: pipeline, jobs: jobs)
        let started = Date()
        let statistics: RunStatistics
        var stopWhen: (@Sendable (DocumentResult) -> Bool)?
        if failFast { stopWhen = { result in result.failed } }
        do {
            statistics = try executor.run(documents, stopWhen: stopWhen) { result in
                try sink.write(result)
                progress.record(failed: result.failed)
            }
            try sink.finish()
        } catch {
            progress.clear()
            StandardError.print("error: \(error)")
            throw Exit.ioFailure
        }
        progress.clear()
        report(statistics, seconds: Date().timeIntervalSince(started))
        if !statistics.failed.isEmpty { throw Exit.documentsFailed }
    }

    private func report(_ statistics: RunStatistics, seconds: Double) {
        for failure in statistics.failed {
            let reasons = failure.errors.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
            StandardError.print("failed: \(failure.id): \(reasons.joined(separator: "; "))")
        }
        guard !quiet else { return }
        let rate = seconds > 0 ? Double(statistics.documents) / seconds : 0
        var line = "pipeline: \(statistics.documents) documents, \(statistics.failed.count) failed, "
            + String(format: "%.2f s, %.1f docs/s", seconds, rate)
        if statistics.stopped { line += " (stopped at the first failure: --fail-fast)" }
        StandardError.print(line)
    }
}

struct OutputFormatArgument: ExpressibleByArgument {
    var value: OutputFormat

    init?(argument: String) {
        guard let value = OutputFormat(rawValue: argument) else { return nil }
        self.value = value
    }

    static var allValueStrings: [String] { OutputFormat.allCases.map(\.rawValue) }
}
