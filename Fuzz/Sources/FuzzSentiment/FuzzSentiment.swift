import FuzzSupport
import PipelineCore
import Stages

let stages = [SentimentMode.vader, .news].map { mode in
    var options = SentimentOptions()
    options.mode = mode
    return try! SentimentStage(options: options, context: StageFixture.context)
}

/// The sentiment stage on the real tokenizer's output of any text, in both modes
/// (selector bit 0): scores finite and in range, one entry per sentence, encodable as JSON.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    let stage = stages[input.flag(0) ? 1 : 0]
    let tokens = StageFixture.tokens(input.text)
    do {
        let output = try stage.process(StageInput(document: StageFixture.document(input.text), artifacts: ["tokens": tokens]))
        invariant(output.sentences.count == tokens.sentences.count, "one score per sentence")
        for scores in [output.document, output.sentenceMean] + output.sentences.map(\.scores) {
            check(scores)
        }
        for (sentence, span) in zip(output.sentences, tokens.sentences) {
            invariant(sentence.start == span.start && sentence.end == span.end, "a sentence score has another span")
        }
        let result = DocumentResult(id: "fuzz", metadata: [:], outputs: [("tone", output)])
        invariant((try? ResultEncoder().encode(result)) != nil, "the sentiment output cannot be encoded as JSON")
    } catch {
        invariant(false, "sentiment threw: \(error)")
    }
    return 0
}

private func check(_ scores: SentimentScores) {
    for value in [scores.neg, scores.neu, scores.pos] {
        invariant(value.isFinite && value >= 0 && value <= 1, "a proportion out of [0, 1]: \(scores)")
    }
    invariant(scores.compound.isFinite && abs(scores.compound) <= 1, "compound out of [-1, 1]: \(scores)")
}

@main
enum Main {
    static func main() {
        runFuzzer { data, size in fuzz(data ?? emptyInput, size) }
    }
}
