import FuzzSupport
import PipelineCore
import Stages

/// One stage per combination of the selector's low four bits (form, quotes, dashes, headline).
let stages: [Normalize] = (0..<16).map { bits in
    var options = Normalize.Options()
    options.form = bits & 1 != 0 ? .nfkc : .nfc
    options.foldQuotes = bits & 2 != 0
    options.foldDashes = bits & 4 != 0
    options.headline = bits & 8 == 0
    return try! Normalize(options: options, context: StageFixture.context)
}

/// The normalize stage on any text with any options: the alignment maps every output
/// offset into the source, monotonically; and normalizing twice changes nothing (idempotent).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    let stage = stages[Int(input.selector & 15)]
    do {
        let output = try stage.process(StageInput(document: StageFixture.document(input.text), artifacts: ["text": Text(input.text)]))
        checkAlignment(output, sourceCount: input.text.unicodeScalars.count)
        let again = try stage.process(StageInput(document: StageFixture.document(output.text), artifacts: ["text": Text(output.text)]))
        invariant(Array(again.text.unicodeScalars) == Array(output.text.unicodeScalars),
                  "normalize is not idempotent: \(output.text.debugDescription) became \(again.text.debugDescription)")
    } catch {
        invariant(false, "normalize threw: \(error)")
    }
    return 0
}

private func checkAlignment(_ output: Text, sourceCount: Int) {
    let count = output.text.unicodeScalars.count
    guard let alignment = output.alignment else { return }
    var previous = 0
    for offset in 0...count {
        let lower = alignment.sourceOffset(offset, roundingUp: false)
        let upper = alignment.sourceOffset(offset, roundingUp: true)
        invariant(0 <= lower && lower <= upper && upper <= sourceCount,
                  "output offset \(offset) maps to \(lower)...\(upper), outside the source (\(sourceCount))")
        invariant(lower >= previous, "the alignment goes backwards at output offset \(offset)")
        previous = lower
    }
}

@main
enum Main {
    static func main() {
        runFuzzer { data, size in fuzz(data ?? emptyInput, size) }
    }
}
