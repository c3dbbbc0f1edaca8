import FuzzSupport
import PipelineCore
import Stages

import Foundation

/// The registry is built once; loading is what is fuzzed.
let loader = PipelineLoader(registry: BuiltInStages.registry())

/// An empty folder as the pipeline's own, so a relative path under `plugins:` or a lexicon
/// path names nothing real (loading a plugin runs its code).
let emptyFolder: String = {
    let path = NSTemporaryDirectory() + "pipeline-fuzz-yaml-\(getpid())"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}()

/// The YAML loader, the spec parser, the checks and the stage options' decoding, on any bytes.
///
/// Either a pipeline comes back or at least one error diagnostic, and every diagnostic
/// prints (with its source line and caret) without trapping.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        let pipeline = try loader.load(bytes: bytes, file: "fuzz.yaml", baseDirectory: emptyFolder)
        invariant(!pipeline.stages.isEmpty, "a pipeline without stages was accepted")
        invariant(!pipeline.fingerprint.isEmpty, "an accepted pipeline has no fingerprint")
    } catch {
        invariant(!error.errors.isEmpty, "a refused pipeline came with no diagnostic")
        invariant(!error.description.isEmpty, "diagnostics printed as nothing")
    }
    return 0
}

@main
enum Main {
    static func main() {
        runFuzzer { data, size in fuzz(data ?? emptyInput, size) }
    }
}
