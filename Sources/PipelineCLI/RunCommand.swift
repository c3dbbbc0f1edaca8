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

    @Option(name: .shortAndLong, help: "Where results go: a folder (JSON per document), a .jsonl file, '-' (JSONL on standard output), a .db/.sqlite file, or a folder ending in .csv.")
    var output: String = "-"

    @Option(help: "Output format: json, jsonl, csv or sqlite. Default: from the output name.")
    var format: OutputFormatArgument?

    @Flag(help: "Skip documents whose result for the same pipeline and the same content is already in the output.")
    var resume = false

    @Option(help: "How the run reports on standard error: text, or json (one object per line, for machines).")
    var logFormat: LogFormat = .text

    @Option(help: "How many documents and stages run at once (default: the processor count).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Process only shard K of N (e.g. 2/8), chosen by a stable hash of the document id.")
    var shard: String?

    @Option(help: "Refuse documents larger than this many bytes (default 33554432, 32 MiB).")
    var maxDocumentBytes: Int = 32 << 20

    @Option(help: "Seconds one document may take before it is marked failed (default 120; 0 for no bound).")
    var timeout: Double = 120

    @Flag(help: "Stop at the first document that fails.")
    var failFast = false

    @Flag(name: .shortAndLong, help: "Print nothing on standard error but errors.")
    var quiet = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard timeout >= 0 else { throw ValidationError("--timeout must be 0 (no bound) or more seconds") }
        guard maxDocumentBytes >= 1 else { throw ValidationError("--max-document-bytes must be at least 1") }
        if let shard, Shard(shard) == nil {
            throw ValidationError("--shard takes K/N with 1 ≤ K ≤ N, e.g. 1/4; got '\(shard)'")
        }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input ('-') can be read once") }
        let chosen = format?.value ?? OutputFormat.implied(by: output)
        if resume, !chosen.supportsResume {
            throw ValidationError("--resume works with json, jsonl and sqlite output, not \(chosen.rawValue)")
        }
        if resume, output == "-" { throw ValidationError("--resume needs an output file or folder, not '-'") }
    }

    func run() throws {
        let pipeline = try file.load(registry: Registry.load(plugins: file.plugins))
        let sink: any ResultSink
        do {
            sink = try (format?.value ?? OutputFormat.implied(by: output))
                .makeSink(path: output, pipeline: pipeline, resume: resume)
        } catch {
            StandardError.print("error: \(error)")
            throw Exit.ioFailure
        }
        let documents = InputSources.documents(
            inputs, pipeline: pipeline, maxDocumentBytes: maxDocumentBytes, shard: shard.flatMap(Shard.init))
        let progress = Progress(
            style: quiet ? .none : logFormat == .json ? .json : StandardError.isTerminal ? .terminal : .none)
        let inputs = self.inputs
        let shard = self.shard.flatMap(Shard.init)
        progress.countInBackground { InputSources.count(inputs, pipeline: pipeline, shard: shard) }
        let executor = Executor(pipeline: pipeline, jobs: jobs, timeout: timeout > 0 ? timeout : nil)
        let started = Date()
        let statistics: RunStatistics
        var stopWhen: (@Sendable (DocumentResult) -> Bool)?
        if failFast { stopWhen = { result in result.failed } }
        do {
            let isDone: (@Sendable (String, String) -> Bool)? = resume ? { @Sendable id, fingerprint in
                sink.existingFingerprint(for: id) == fingerprint
            } : nil
            statistics = try executor.run(documents, isDone: isDone, prepare: sink.prepare, stopWhen: stopWhen) { result in
                try sink.write(result)
                progress.record(result)
            }
            try sink.finish()
        } catch {
            progress.clear()
            StandardError.print("error: \(error)")
            throw Exit.ioFailure
        }
        progress.clear()
        report(statistics, seconds: Date().timeIntervalSince(started))
        progress.finish(statistics, seconds: Date().timeIntervalSince(started))
        if !statistics.failed.isEmpty { throw Exit.documentsFailed }
    }

    private func report(_ statistics: RunStatistics, seconds: Double) {
        guard logFormat == .text else { return }
        for failure in statistics.failed {
            let reasons = failure.errors.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
            StandardError.print(StandardError.printable("failed: \(failure.id): \(reasons.joined(separator: "; "))"))
        }
        guard !quiet else { return }
        let rate = seconds > 0 ? Double(statistics.documents) / seconds : 0
        var line = "pipeline: \(statistics.documents) documents, \(statistics.failed.count) failed, "
            + (statistics.reused > 0 ? "\(statistics.reused) kept from the earlier run, " : "")
            + String(format: "%.2f s, %.1f docs/s", seconds, rate)
        if statistics.stopped { line += " (stopped at the first failure: --fail-fast)" }
        StandardError.print(line)
    }
}

enum LogFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

struct OutputFormatArgument: ExpressibleByArgument {
    var value: OutputFormat

    init?(argument: String) {
        guard let value = OutputFormat(rawValue: argument) else { return nil }
        self.value = value
    }

    static var allValueStrings: [String] { OutputFormat.allCases.map(\.rawValue) }
}
