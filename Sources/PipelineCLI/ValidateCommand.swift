import ArgumentParser
import PipelineCore

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a pipeline file (stage types, wiring, types, cycles, options) without reading documents.")

    @OptionGroup var file: PipelineFile

    func run() throws {
        let pipeline = try file.load(registry: Registry.load(plugins: file.plugins))
        print("\(file.pipeline): ok: '\(pipeline.name)', \(pipeline.stages.count) stages: "
              + pipeline.stages.map(\.id).joined(separator: ", "))
    }
}
