import FuzzSupport
import PipelineCore
import Stages

/// The registry is built once; loading is what is fuzzed.
let loader = PipelineLoader(registry: BuiltInStages.registry())

/// The YAML loader, the spec parser, the checks and the stage options' decoding, on any bytes.
///
/// Either a pipeline comes back or at least one error diagnostic, and every diagnostic
/// prints (with its source line and caret) without trapping.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        let pipeline = try loader.load(bytes: bytes, file: "fuzz.yaml")
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
