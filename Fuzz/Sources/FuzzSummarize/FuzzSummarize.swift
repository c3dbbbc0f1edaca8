import FuzzSupport
import PipelineCore
import Stages

/// One stage per combination of the selector's bits: method (bits 0-1), scores (bit 2),
/// a sentence count or a ratio (bit 3), continuous LexRank (bit 4).
let stages: [Summarize] = (0..<32).map { bits in
    var options = SummarizeOptions()
    options.method = [SummaryMethod.news, .textrank, .lexrank, .lead][bits & 3]
    options.scores = bits & 4 != 0
    if bits & 8 != 0 { options.ratio = 0.3 } else { options.sentences = 3 }
    options.continuous = bits & 16 != 0
    return try! Summarize(options: options, context: StageFixture.context)
}

/// summarize on the real tokenizer's output of any text, with any method: the chosen
/// sentences are sentences of the tokens, in order, with their own text and finite scores,
/// no more than asked for; the output encodes as JSON.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    let bits = Int(input.selector & 31)
    let stage = stages[bits]
    let tokens = StageFixture.tokens(input.text)
    let scalars = Array(input.text.unicodeScalars)
    do {
        let output = try stage.process(StageInput(document: StageFixture.document(input.text), artifacts: ["tokens": tokens]))
        if bits & 8 == 0 { invariant(output.sentences.count <= 3, "more sentences than asked for: \(output.sentences.count)") }
        var previous = -1
        for sentence in output.sentences {
            invariant(sentence.index > previous, "chosen sentences out of order or repeated: \(sentence.index)")
            previous = sentence.index
            invariant(tokens.sentences.indices.contains(sentence.index), "index \(sentence.index) names no sentence")
            let span = tokens.sentences[sentence.index]
            invariant(span.start == sentence.start && span.end == sentence.end, "sentence \(sentence.index) has another span")
            invariant(sentence.text.unicodeScalars.elementsEqual(scalars[sentence.start..<sentence.end]),
                      "sentence \(sentence.index)'s text is not its span")
            invariant(sentence.score.isFinite, "a score that is not finite: \(sentence.score)")
        }
        if let scores = output.scores {
            invariant(scores.count == tokens.sentences.count, "one score per sentence")
            invariant(scores.allSatisfy(\.score.isFinite), "a score that is not finite")
            invariant(scores.filter(\.selected).map(\.index) == output.sentences.map(\.index), "selected flags disagree")
        }
        let result = DocumentResult(id: "fuzz", metadata: [:], outputs: [("summary", output)])
        invariant((try? ResultEncoder().encode(result)) != nil, "the summary cannot be encoded as JSON")
    } catch {
        invariant(false, "summarize threw: \(error)")
    }
    return 0
}

@main
enum Main {
    static func main() {
        runFuzzer { data, size in fuzz(data ?? emptyInput, size) }
    }
}
