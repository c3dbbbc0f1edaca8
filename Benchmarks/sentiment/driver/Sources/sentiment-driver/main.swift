// sentiment-driver score MODE FILE         one JSON line of scores per non-blank line of FILE,
//                                          {"id": LINE, "neg", "neu", "pos", "compound"} as vader_ref.py --plain
// sentiment-driver stage MODE FILE PREFIX  the stage on documents of 20 lines (joined by a space, or by
//                                          nothing after every 7th line): PREFIX.sentences.jsonl as
//                                          `score` prints, PREFIX.documents.jsonl {"id", "text", scores}
// sentiment-driver time MODE FILE REPEATS  median time of scoring every line (samples of 0.2 s), two ways:
//                                          the analyzer per string, and the stage on documents of 20 lines
import Foundation
import PipelineCore
import Stages

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}

let arguments = CommandLine.arguments
guard arguments.count >= 4, let mode = SentimentMode(rawValue: arguments[2]) else {
    fail("usage: sentiment-driver score|time vader|news FILE [REPEATS]")
}
guard let contents = try? String(contentsOfFile: arguments[3], encoding: .utf8) else { fail("cannot read \(arguments[3])") }

// Lines as vader_ref.py --plain reads them: split on LF, CR dropped, blank lines skipped.
var lines: [(id: Int, text: String)] = []
for (index, raw) in contents.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
    var line = String(Substring(raw))
    if line.hasSuffix("\r") { line.removeLast() }
    if line.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { continue }
    lines.append((index + 1, line))
}

let analyzer = VADERAnalyzer(mode: mode)

switch arguments[1] {
case "score":
    var out = ""
    for (id, text) in lines {
        let s = analyzer.polarityScores(text)
        out += "{\"id\": \(id), \"neg\": \(s.neg), \"neu\": \(s.neu), \"pos\": \(s.pos), \"compound\": \(s.compound)}\n"
    }
    FileHandle.standardOutput.write(Data(out.utf8))

case "stage":
    guard arguments.count > 4 else { fail("stage needs an output prefix") }
    var options = SentimentOptions()
    options.mode = mode
    guard let stage = try? SentimentStage(options: options, context: StageContext(stageID: "tone", baseDirectory: ".")) else {
        fail("cannot set up the stage")
    }
    func json(_ string: String) -> String {
        String(data: (try? JSONEncoder().encode(string)) ?? Data(), encoding: .utf8) ?? "\"\""
    }
    var sentencesOut = "", documentsOut = ""
    var start = 0
    while start < lines.count {
        let chunk = lines[start..<min(start + 20, lines.count)]
        var text = ""
        var spans: [Span] = []
        var offset = 0
        for (id, line) in chunk {
            let length = line.unicodeScalars.count
            spans.append(Span(start: offset, end: offset + length))
            let separator = id % 7 == 0 ? "" : " "
            text += line + separator
            offset += length + separator.unicodeScalars.count
        }
        let tokens = TokenizedText(text: text, paragraphs: [], sentences: spans, tokens: [])
        guard let result = try? stage.process(StageInput(document: Document(id: "d", body: text), artifacts: ["tokens": tokens])) else {
            fail("the stage failed")
        }
        for ((id, _), s) in zip(chunk, result.sentences) {
            sentencesOut += "{\"id\": \(id), \"neg\": \(s.neg), \"neu\": \(s.neu), \"pos\": \(s.pos), \"compound\": \(s.compound)}\n"
        }
        let d = result.document
        documentsOut += "{\"id\": \(start / 20 + 1), \"text\": \(json(text)), \"neg\": \(d.neg), \"neu\": \(d.neu), \"pos\": \(d.pos), \"compound\": \(d.compound)}\n"
        start += 20
    }
    _ = FileManager.default.createFile(atPath: arguments[4] + ".sentences.jsonl", contents: Data(sentencesOut.utf8))
    _ = FileManager.default.createFile(atPath: arguments[4] + ".documents.jsonl", contents: Data(documentsOut.utf8))

case "time":
    let repeats = arguments.count > 4 ? Int(arguments[4]) ?? 5 : 5
    var options = SentimentOptions()
    options.mode = mode
    guard let stage = try? SentimentStage(options: options, context: StageContext(stageID: "tone", baseDirectory: ".")) else {
        fail("cannot set up the stage")
    }
    var documents: [StageInput] = []
    var start = 0
    while start < lines.count {
        var text = ""
        var spans: [Span] = []
        var offset = 0
        for (_, line) in lines[start..<min(start + 20, lines.count)] {
            let length = line.unicodeScalars.count
            spans.append(Span(start: offset, end: offset + length))
            text += line + " "
            offset += length + 1
        }
        let tokens = TokenizedText(text: text, paragraphs: [], sentences: spans, tokens: [])
        documents.append(StageInput(document: Document(id: "d\(start)", body: text), artifacts: ["tokens": tokens]))
        start += 20
    }
    // CPU time of this process, not wall time: the benchmark machine is shared.
    func cpuSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
    /// The median over `repeats` samples of one pass's CPU time. A sample times as many
    /// passes as take 0.2 s (after one untimed pass), about as long as one pass of the
    /// reference's loop over the NYT set: whether a pass of a few milliseconds is slowed by
    /// other jobs on a shared machine is chance, so short samples scatter widely.
    func median(_ run: () -> Double) -> Double {
        let t0 = cpuSeconds()
        if run().isNaN { print("") }
        let passes = max(1, Int((0.2 / max(cpuSeconds() - t0, 1e-6)).rounded(.up)))
        var times: [Double] = []
        for _ in 0..<repeats {
            let start = cpuSeconds()
            var sink = 0.0
            for _ in 0..<passes { sink += run() }
            let end = cpuSeconds()
            if sink.isNaN { print("") }
            times.append((end - start) / Double(passes))
        }
        return times.sorted()[times.count / 2]
    }
    _ = analyzer.polarityScores("warm up the lexicon")
    let perString = median { lines.reduce(0.0) { $0 + analyzer.polarityScores($1.text).compound } }
    let perStage = median { documents.reduce(0.0) { $0 + ((try? stage.process($1))?.document.compound ?? 0) } }
    print("analyzer \(lines.count) sentences median \(perString) s CPU = \(Int(Double(lines.count) / perString)) sentences/s")
    print("stage \(lines.count) sentences in \(documents.count) documents median \(perStage) s CPU = \(Int(Double(lines.count) / perStage)) sentences/s")

default:
    fail("unknown command \(arguments[1])")
}
