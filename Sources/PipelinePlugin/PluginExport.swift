import CPipelinePlugin
import Foundation
import PipelineCore

/// Exports Swift stages from a plugin library through the C ABI of `pipeline_plugin.h`.
///
/// A plugin is a `.dynamic` library product with one exported function:
///
/// ```swift
/// import PipelinePlugin
///
/// @_cdecl("pipeline_plugin_entry")
/// public func pipelinePluginEntry(_ hostVersion: UInt32, _ table: UnsafeMutableRawPointer?) -> UInt32 {
///     PluginExport.entry(hostVersion, table, stages: [ReadingLevel.self])
/// }
/// ```
///
/// The stages are ordinary `Stage` types: the same code runs in a package or a plugin.
public enum PluginExport {
    /// The ABI version this library speaks.
    public static var abiVersion: UInt32 { PIPELINE_PLUGIN_ABI_VERSION }

    /// Answers the host's version exchange and, when the versions agree, fills its table.
    public static func entry(_ hostVersion: UInt32, _ table: UnsafeMutableRawPointer?, stages: [any Stage.Type]) -> UInt32 {
        guard hostVersion == PIPELINE_PLUGIN_ABI_VERSION, let table else { return PIPELINE_PLUGIN_ABI_VERSION }
        ExportedStages.shared.set(stages.map { RegisteredStage($0, origin: "plugin") })
        let functions = table.assumingMemoryBound(to: pipeline_plugin_v1.self)
        functions.pointee.describe = { ExportedStages.bytes(ExportedStages.shared.describe()) }
        functions.pointee.create = { request, count, instance in
            ExportedStages.bytes(ExportedStages.shared.create(ExportedStages.data(request, count), instance: instance))
        }
        functions.pointee.process = { instance, request, count in
            ExportedStages.bytes(ExportedStages.process(instance, ExportedStages.data(request, count)))
        }
        functions.pointee.release = { bytes in bytes.bytes?.deallocate() }
        return PIPELINE_PLUGIN_ABI_VERSION
    }
}
