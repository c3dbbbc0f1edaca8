import FuzzSupport
import PipelineCore
import Stages

let stages: [QuoteExtract] = [true, false].map { includeOther in
    var options = QuoteExtractOptions()
    options.includeOther = includeOther
    return try! QuoteExtract(options: options, context: StageFixture.context)
}

/// quote-extract on the real tokenizer's output of any text: quotes and speakers inside the
/// text, and the output encodable as JSON.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    let stage = stages[input.flag(0) ? 1 : 0]
    let tokens = StageFixture.tokens(input.text)
    let scalars = Array(input.text.unicodeScalars)
    do {
        let output = try stage.process(StageInput(document: StageFixture.document(input.text), artifacts: ["tokens": tokens]))
        for (index, quote) in output.quotes.enumerated() {
            OffsetChecks.optionalSpan(quote.start, quote.end, within: scalars.count, "quote[\(index)]")
            OffsetChecks.optionalSpan(quote.speakerStart, quote.speakerEnd, within: scalars.count, "quote[\(index)] speaker")
        }
        let result = DocumentResult(id: "fuzz", metadata: [:], outputs: [("quotes", output)])
        invariant((try? ResultEncoder().encode(result)) != nil, "the quotes cannot be encoded as JSON")
    } catch {
        invariant(false, "quote-extract threw: \(error)")
    }
    return 0
}

@main
enum Main {
    static func main() {
        runFuzzer { data, size in fuzz(data ?? emptyInput, size) }
    }
}
