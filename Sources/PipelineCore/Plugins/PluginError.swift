/// Why a plugin library could not be loaded; each names the plugin and says what to do.
public enum PluginError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound(path: String)
    case notALibrary(path: String, reason: String)
    case missingEntryPoint(path: String)
    case abiMismatch(path: String, plugin: UInt32, host: UInt32)
    case badDescription(path: String, reason: String)
    case duplicateName(path: String, stage: String, existingOrigin: String)

    public var description: String {
        switch self {
        case .notFound(let path):
            "plugin '\(path)' not found"
        case .notALibrary(let path, let reason):
            "plugin '\(path)' is not a shared library: \(reason)"
        case .missingEntryPoint(let path):
            "plugin '\(path)' has no entry point '\(PluginLibrary.entrySymbol)'"
        case .abiMismatch(let path, let plugin, let host):
            "plugin '\(path)' speaks plugin ABI version \(plugin), but this pipeline speaks version \(host)"
        case .badDescription(let path, let reason):
            "plugin '\(path)' described its stages in a form this pipeline cannot read: \(reason)"
        case .duplicateName(let path, let stage, let existing):
            "plugin '\(path)' registers stage '\(stage)', which is already registered from \(existing)"
        }
    }

    /// What the user can do about it.
    public var hint: String? {
        switch self {
        case .notFound:
            "a path under 'plugins:' is relative to the pipeline file's folder, a '--plugin' path to the working directory; build the plugin first"
        case .notALibrary:
            "name the .so (Linux) or .dylib (macOS) that 'swift build' wrote for a '.dynamic' library product"
        case .missingEntryPoint:
            "export it with the PipelinePlugin library: @_cdecl(\"\(PluginLibrary.entrySymbol)\") calling PluginExport.entry(…)"
        case .abiMismatch:
            "rebuild the plugin against this version of pipeline"
        case .badDescription:
            "rebuild the plugin against this version of pipeline"
        case .duplicateName:
            "rename one of the stages; stage names are unique across built-in stages and every plugin"
        }
    }
}
