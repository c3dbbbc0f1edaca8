import ArgumentParser
import PipelineCore

struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph", abstract: "Print a pipeline's stage graph as Graphviz dot or Mermaid.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case dot, mermaid
    }

    @OptionGroup var file: PipelineFile

    @Option(help: "The graph language: dot or mermaid.")
    var format: Format = .dot

    func run() throws {
        let pipeline = try file.load(registry: Registry.load(plugins: file.plugins))
        let graph = PipelineGraph(pipeline)
        print(format == .dot ? graph.dot() : graph.mermaid(), terminator: "")
    }
}
