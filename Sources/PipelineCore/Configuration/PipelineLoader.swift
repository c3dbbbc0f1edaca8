import Foundation

/// Reads a pipeline file and checks it against a registry before any document is read.
///
/// Every problem in the file is collected and thrown together as a `DiagnosticList`.
public struct PipelineLoader: Sendable {
    public var registry: StageRegistry
    public var limits: YAMLLimits

    public init(registry: StageRegistry, limits: YAMLLimits = YAMLLimits()) {
        self.registry = registry
        self.limits = limits
    }

    /// Loads the pipeline at `path`; diagnostics name the file as `path` was written.
    public func load(path: String) throws(DiagnosticList) -> Pipeline {
        let bytes: [UInt8]
        do {
            bytes = try FileReading.bytes(
                atPath: path, maxBytes: limits.maxBytes, limitName: "the limit of \(limits.maxBytes)")
        } catch {
            throw DiagnosticList([Diagnostic(at: nil, "cannot read pipeline '\(path)': \(error)")])
        }
        let directory = (path as NSString).deletingLastPathComponent
        return try load(bytes: bytes, file: path, baseDirectory: directory.isEmpty ? "." : directory)
    }

    /// Loads a pipeline from YAML text; `file` names it in diagnostics, `baseDirectory`
    /// is where relative paths in it (plugins, lexicons) are resolved.
    public func load(bytes: [UInt8], file: String, baseDirectory: String = ".") throws(DiagnosticList) -> Pipeline {
        let source = String(decoding: bytes, as: UTF8.self)
        var diagnostics: [Diagnostic] = []
        let root: YAMLNode
        do {
            root = try YAMLLoader.load(bytes, file: file, limits: limits)
        } catch {
            throw DiagnosticList([error].withSourceLines(from: source))
        }
        let spec = PipelineSpec.parse(root, diagnostics: &diagnostics)
        var registry = registry
        PluginLoader.load(spec.plugins, baseDirectory: baseDirectory, into: &registry, diagnostics: &diagnostics)
        var checker = PipelineChecker(spec: spec, registry: registry, baseDirectory: baseDirectory)
        let pipeline = checker.check(diagnostics: &diagnostics)
        if diagnostics.contains(where: { $0.severity == .error }) || pipeline == nil {
            throw DiagnosticList(diagnostics.sortedByLocation().withSourceLines(from: source))
        }
        var checked = pipeline!
        checked.fingerprint = Fingerprint.of(source: bytes, stages: checked.stages.map(\.description))
        return checked
    }
}
