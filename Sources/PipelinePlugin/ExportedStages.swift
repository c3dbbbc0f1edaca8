import CPipelinePlugin
import Foundation
import PipelineCore

/// The stages a plugin exports, and the C-callable halves of its ABI table.
final class ExportedStages: @unchecked Sendable {
    static let shared = ExportedStages()

    private let lock = NSLock()
    private var stages: [RegisteredStage] = []

    func set(_ stages: [RegisteredStage]) {
        lock.lock()
        self.stages = stages
        lock.unlock()
    }

    private var current: [RegisteredStage] {
        lock.lock()
        defer { lock.unlock() }
        return stages
    }

    /// `{"stages": […]}` from each stage's description.
    func describe() -> [UInt8] {
        let described = current.map { stage in
            let description = stage.description
            let defaults = (try? JSONDecoder().decode(JSONValue.self, from: Data(description.defaultOptions.utf8))) ?? .object([:])
            return PluginPayloads.Description.Stage(
                name: description.name, summary: description.summary, version: description.version,
                inputs: description.inputs, output: description.output, options: defaults)
        }
        return (try? Array(JSONEncoder().encode(PluginPayloads.Description(stages: described))))
            ?? Array(#"{"stages":[]}"#.utf8)
    }

    /// Decodes the options and sets the stage up; the instance is a retained runner.
    func create(_ request: Data, instance: UnsafeMutablePointer<UnsafeMutableRawPointer?>?) -> [UInt8] {
        let create: PluginPayloads.CreateRequest
        do {
            create = try JSONDecoder().decode(PluginPayloads.CreateRequest.self, from: request)
        } catch {
            return PluginPayloads.failureResponse(.init(message: "unreadable create request: \(error)"))
        }
        guard let stage = current.first(where: { $0.description.name == create.stage }) else {
            return PluginPayloads.failureResponse(.init(message: "this plugin has no stage '\(create.stage)'"))
        }
        do {
            let options = try StageOptionsSource(json: Self.text(of: create.options), file: "<options of \(create.stageID)>")
            let runner = try stage.runner(
                options: options, context: StageContext(stageID: create.stageID, baseDirectory: create.baseDirectory))
            let inputTypes = Dictionary(stage.description.inputs.map { ($0.name, $0.type) }, uniquingKeysWith: { a, _ in a })
            instance?.pointee = Unmanaged.passRetained(RunnerBox(runner, inputTypes: inputTypes)).toOpaque()
            return PluginPayloads.okResponse
        } catch {
            return PluginPayloads.failureResponse(Self.failure(error, options: create.options))
        }
    }

    /// Runs one document: decodes the request, runs the stage, encodes its output or error.
    static func process(_ instance: UnsafeMutableRawPointer?, _ request: Data) -> [UInt8] {
        guard let instance else { return PluginPayloads.failureResponse(.init(message: "no stage instance")) }
        let box = Unmanaged<RunnerBox>.fromOpaque(instance).takeUnretainedValue()
        do {
            // Each input stays JSON text until the stage reads it, then is decoded once,
            // straight into the Swift type the stage asks for.
            let bytes = [UInt8](request)
            var document: Document?
            var inputs: [String: any Artifact] = [:]
            for member in try JSONSlicer.members(of: bytes) {
                switch member.key {
                case "document":
                    document = try JSONDecoder().decode(PluginPayloads.DocumentPayload.self, from: Data(bytes[member.value])).document
                case "inputs":
                    for input in try JSONSlicer.members(of: bytes, in: member.value) {
                        inputs[input.key] = JSONArtifact(
                            typeName: box.inputTypes[input.key] ?? JSONArtifact.artifactName, encoded: Array(bytes[input.value]))
                    }
                default:
                    continue
                }
            }
            guard let document else { return PluginPayloads.failureResponse(.init(message: "the request has no 'document'")) }
            let output = try box.runner.process(StageInput(document: document, artifacts: inputs))
            return try PluginPayloads.outputResponse(output)
        } catch {
            return PluginPayloads.failureResponse(.init(message: String(describing: error)))
        }
    }

    /// An options error as the host places it: at the key it names when there is one.
    private static func failure(_ error: any Error, options: JSONValue) -> PluginPayloads.Failure {
        if let option = error as? OptionError {
            return .init(message: option.message, key: option.key, hint: option.hint)
        }
        let diagnostic = (error as? DiagnosticList)?.diagnostics.first ?? (error as? Diagnostic)
        guard let diagnostic else { return .init(message: String(describing: error)) }
        var keys: [String] = []
        if case .object(let object) = options { keys = Array(object.keys) }
        let key = keys.first { diagnostic.message.contains("'\($0)'") }
        return .init(message: diagnostic.message, key: key, hint: diagnostic.hint)
    }

    private static func text(of value: JSONValue) -> String {
        (try? JSONEncoder().encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    static func data(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Data {
        guard let bytes, count > 0 else { return Data() }
        return Data(bytes: bytes, count: count)
    }

    /// Bytes for the host, allocated here and freed by `release`.
    static func bytes(_ array: [UInt8]) -> pipeline_plugin_bytes {
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: max(array.count, 1))
        array.withUnsafeBufferPointer { source in
            if let base = source.baseAddress { buffer.initialize(from: base, count: array.count) }
        }
        return pipeline_plugin_bytes(bytes: buffer, count: array.count)
    }
}

/// Keeps a runner alive behind the opaque instance pointer the host holds.
final class RunnerBox: Sendable {
    let runner: StageRunner
    /// Port name → the type name the stage declared for it.
    let inputTypes: [String: String]

    init(_ runner: StageRunner, inputTypes: [String: String]) {
        self.runner = runner
        self.inputTypes = inputTypes
    }
}
