#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
internal import CPipelinePlugin

/// A plugin library opened with `dlopen`, speaking the C ABI of `pipeline_plugin.h`.
///
/// Never closed: stage instances and runners point into its code for the life of the process.
final class PluginLibrary: @unchecked Sendable {
    static let entrySymbol = PIPELINE_PLUGIN_ENTRY_SYMBOL
    static let hostVersion = PIPELINE_PLUGIN_ABI_VERSION

    /// The canonical path, which is also the stages' origin.
    let path: String
    // Filled once by the plugin's entry point, read-only afterwards.
    private let describeFunction: @convention(c) () -> pipeline_plugin_bytes
    private let createFunction: @convention(c) (UnsafePointer<UInt8>?, Int, UnsafeMutablePointer<UnsafeMutableRawPointer?>?) -> pipeline_plugin_bytes
    private let processFunction: @convention(c) (UnsafeMutableRawPointer?, UnsafePointer<UInt8>?, Int) -> pipeline_plugin_bytes
    private let releaseFunction: @convention(c) (pipeline_plugin_bytes) -> Void

    /// Opens the library at `path` and exchanges ABI versions with it.
    init(path given: String) throws(PluginError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: given, isDirectory: &isDirectory) else {
            throw .notFound(path: given)
        }
        guard !isDirectory.boolValue else { throw .notALibrary(path: given, reason: "it is a folder") }
        let canonical = URL(fileURLWithPath: given).resolvingSymlinksInPath().path
        // A path without a slash would make dlopen search the library path instead.
        guard let handle = dlopen(canonical.contains("/") ? canonical : "./" + canonical, RTLD_NOW | RTLD_LOCAL) else {
            let reason = dlerror().map { String(cString: $0) } ?? "dlopen failed"
            throw .notALibrary(path: given, reason: Self.shorten(reason, path: canonical))
        }
        guard let symbol = dlsym(handle, Self.entrySymbol) else { throw .missingEntryPoint(path: given) }
        let entry = unsafeBitCast(symbol, to: pipeline_plugin_entry_fn.self)
        var table = pipeline_plugin_v1()
        let version = withUnsafeMutablePointer(to: &table) { entry(Self.hostVersion, $0) }
        guard version == Self.hostVersion else {
            throw .abiMismatch(path: given, plugin: version, host: Self.hostVersion)
        }
        guard let describe = table.describe, let create = table.create, let process = table.process,
            let release = table.release
        else {
            throw .badDescription(path: given, reason: "its function table has empty entries")
        }
        path = canonical
        describeFunction = describe
        createFunction = create
        processFunction = process
        releaseFunction = release
    }

    /// The plugin's stages, as it describes them.
    func describe(displayPath: String) throws(PluginError) -> PluginPayloads.Description {
        let bytes = take(describeFunction())
        do {
            return try JSONDecoder().decode(PluginPayloads.Description.self, from: Data(bytes))
        } catch {
            throw .badDescription(path: displayPath, reason: ArtifactDecoder.describe(error))
        }
    }

    /// Sets up one pipeline stage; a refusal (a bad option) is thrown as an `OptionError`.
    func create(_ request: PluginPayloads.CreateRequest) throws -> PluginInstance {
        let body = try JSONEncoder().encode(request)
        var instance: UnsafeMutableRawPointer?
        let response = body.withUnsafeBytes { raw in
            take(createFunction(raw.bindMemory(to: UInt8.self).baseAddress, raw.count, &instance))
        }
        let answer = try? JSONDecoder().decode(CreateResponse.self, from: Data(response))
        if let failure = answer?.error {
            throw OptionError(key: failure.key, failure.message, hint: failure.hint)
        }
        guard answer?.ok == true, let instance else {
            throw OptionError(key: nil, "plugin '\(path)' could not set up stage '\(request.stage)': it gave no instance")
        }
        return PluginInstance(pointer: instance)
    }

    /// Runs one document through an instance; returns the raw response.
    func process(_ instance: PluginInstance, request: [UInt8]) -> [UInt8] {
        request.withUnsafeBufferPointer { buffer in
            take(processFunction(instance.pointer, buffer.baseAddress, buffer.count))
        }
    }

    /// Copies the plugin's bytes and hands them back to it to free.
    private func take(_ bytes: pipeline_plugin_bytes) -> [UInt8] {
        guard let start = bytes.bytes else { return [] }
        let copy = Array(UnsafeBufferPointer(start: start, count: bytes.count))
        releaseFunction(bytes)
        return copy
    }

    private struct CreateResponse: Decodable {
        var ok: Bool?
        var error: PluginPayloads.Failure?
    }

    /// dlerror repeats the path; keep the reason.
    private static func shorten(_ reason: String, path: String) -> String {
        let prefix = path + ": "
        return reason.hasPrefix(prefix) ? String(reason.dropFirst(prefix.count)) : reason
    }
}

/// A stage instance inside a plugin, made by `create`; lives as long as the process.
struct PluginInstance: @unchecked Sendable {
    // The plugin's contract: `process` is safe to call from many threads on one instance.
    let pointer: UnsafeMutableRawPointer
}
