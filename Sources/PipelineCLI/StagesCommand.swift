import ArgumentParser
import Foundation
import PipelineCore

struct StagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stages", abstract: "List the stage types a pipeline can use, with inputs, output and options.")

    @Flag(help: "Print JSON instead of text.")
    var json = false

    @Option(name: .customLong("plugin"), help: ArgumentHelp(
        "A plugin library whose stages to list too; repeat for more.", valueName: "LIB"))
    var plugins: [String] = []

    func run() throws {
        let descriptions = try Registry.load(plugins: plugins).stages.map(\.description)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(descriptions), as: UTF8.self))
            return
        }
        for stage in descriptions {
            print("\(stage.name)  (\(stage.origin), version \(stage.version))")
            print("  \(stage.summary)")
            let inputs = stage.inputs.map { "\($0.name): \($0.type)\($0.isRequired ? "" : "?")" }
            print("  inputs:  \(inputs.isEmpty ? "none" : inputs.joined(separator: ", "))")
            print("  output:  \(stage.output)")
            print("  options: \(stage.defaultOptions)")
            print("")
        }
    }
}
