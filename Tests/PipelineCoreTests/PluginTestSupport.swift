import Foundation
import PipelineCore
import Synchronization

/// A fresh temporary folder for one test's files (pipelines, scripts, libraries).
struct ScratchFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "pipeline-plugin-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    @discardableResult
    func write(_ name: String, _ text: String, executable: Bool = false) throws -> String {
        let file = path + "/" + name
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        if executable { try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file) }
        return file
    }

    /// Compiles `source` into a shared library with the C compiler, in well under a second.
    func sharedLibrary(_ name: String, source: String, defines: [String] = []) throws -> String {
        let sourceFile = try write(name + ".c", source)
        let library = path + "/lib" + name + ".so"
        let include = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/CPipelinePlugin/include").standardized.path
        let compiler = Process()
        compiler.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        compiler.arguments = ["cc", "-shared", "-fPIC", "-D_GNU_SOURCE", "-I", include]
            + defines.map { "-D" + $0 } + [sourceFile, "-o", library]
        try compiler.run()
        compiler.waitUntilExit()
        guard compiler.terminationStatus == 0 else { throw CompileFailed(name: name) }
        return library
    }

    struct CompileFailed: Error {
        var name: String
    }
}

/// The test registry plus `exec`.
func pluginTestRegistry() -> StageRegistry {
    var registry = testRegistry()
    try! registry.register(ExecStage.registered())
    return registry
}

/// Loads a pipeline file from `folder` with `registry`, as `pipeline run` does.
func loadPipeline(_ yaml: String, in folder: ScratchFolder, registry: StageRegistry = pluginTestRegistry()) throws(DiagnosticList) -> Pipeline {
    let file = try! folder.write("pipeline.yaml", yaml)
    return try PipelineLoader(registry: registry).load(path: file)
}

/// The diagnostics of a pipeline file in `folder`, each as `line:column: message`.
func pluginDiagnostics(_ yaml: String, in folder: ScratchFolder, registry: StageRegistry = pluginTestRegistry()) -> [String] {
    do {
        _ = try loadPipeline(yaml, in: folder, registry: registry)
        return []
    } catch {
        return error.diagnostics.map { d in
            "\(d.location.map { "\($0.line):\($0.column)" } ?? "-"): \(d.message)"
        }
    }
}

/// Runs `bodies` through `pipeline`; returns each document's outputs and errors as JSON text.
func runDocuments(_ pipeline: Pipeline, _ bodies: [String], jobs: Int = 2) throws -> [String] {
    let inputs = bodies.enumerated().map { DocumentInput.document(Document(id: "d\($0.offset)", body: $0.element)) }
    let collected = Mutex<[DocumentResult]>([])
    _ = try Executor(pipeline: pipeline, jobs: jobs).run(inputs) { result in collected.withLock { $0.append(result) } }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return try collected.withLock { $0 }.map { result in
        var parts: [String] = []
        for output in result.outputs {
            parts.append(output.stageID + "=" + String(decoding: try encoder.encode(output.artifact), as: UTF8.self))
        }
        for (stage, error) in result.errors.sorted(by: { $0.key < $1.key }) {
            parts.append(stage + "!" + error)
        }
        return parts.joined(separator: " ")
    }
}
