import PipelinePlugin

/// The one symbol `pipeline` looks up: hands this library's stages to the host.
@_cdecl("pipeline_plugin_entry")
public func pipelinePluginEntry(_ hostVersion: UInt32, _ table: UnsafeMutableRawPointer?) -> UInt32 {
    PluginExport.entry(hostVersion, table, stages: [ReadingLevelStage.self])
}
