import FuzzSupport
import PipelineCore
import Stages

let stages = [true, false].map { headline in
    var options = Tokenize.Options()
    options.headline = headline
    return try! Tokenize(options: options, context: StageFixture.context)
}

/// The tokenize stage on any text, with and without headline detection (selector bit 0):
/// every span in bounds, ordered, tokens inside sentences inside paragraphs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    let stage = stages[input.flag(0) ? 1 : 0]
    let document = StageFixture.document(input.text)
    do {
        let output = try stage.process(StageInput(document: document, artifacts: ["text": Text(input.text)]))
        OffsetChecks.tokenized(output, source: input.text)
        invariant(output == Tokenizer(detectHeadline: !input.flag(0)).tokenize(input.text),
                  "the stage and the tokenizer disagree")
    } catch {
        invariant(false, "tokenize threw: \(error)")
    }
    return 0
}

@main
enum Main {
    static func main() {
        runFuzzer { data, size in fuzz(data ?? emptyInput, size) }
    }
}
