// segbench: runs the `normalize` and `tokenize` stages in-process.
//
//   segbench spans [--normalize] FILE…   one JSON line per file in seg_eval.py's system
//                                        format ({"sentences": [[s, e]…], "tokens": […]})
//   segbench speed [--runs N] [--dump OUT.jsonl] FILE…
//                                        times normalize and tokenize over all files, prints
//                                        one JSON line of timings (medians of N runs), and
//                                        writes the normalized texts to OUT.jsonl
import Foundation
import PipelineCore
import Stages

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}

func readTexts(_ paths: [String]) -> [String] {
    paths.map { path in
        guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
        return String(decoding: data, as: UTF8.self)
    }
}

let context = StageContext(stageID: "bench", baseDirectory: ".")

func normalizeStage() -> Normalize {
    do { return try Normalize(options: .init(), context: context) } catch { fail("normalize: \(error)") }
}

func tokenizeStage() -> Tokenize {
    do { return try Tokenize(options: .init(), context: context) } catch { fail("tokenize: \(error)") }
}

func run<S: Stage>(_ stage: S, _ text: Text) -> S.Output {
    let input = StageInput(document: Document(id: "d", body: text.text), artifacts: ["text": text])
    do { return try stage.process(input) } catch { fail("\(S.name): \(error)") }
}

var arguments = Array(CommandLine.arguments.dropFirst())
guard let command = arguments.first else { fail("usage: segbench spans|speed [options] FILE…") }
arguments.removeFirst()

switch command {
case "spans":
    var normalizeFirst = false
    if arguments.first == "--normalize" { normalizeFirst = true; arguments.removeFirst() }
    let tokenize = tokenizeStage()
    let normalize = normalizeStage()
    for text in readTexts(arguments) {
        var input = Text(text)
        if normalizeFirst { input = run(normalize, input) }
        let result = run(tokenize, input)
        // Spans map back to the file's text through the alignment when normalize ran.
        func span(_ start: Int, _ end: Int) -> String {
            if let alignment = input.alignment {
                let range = alignment.sourceSpan(start: start, end: end)
                return "[\(range.lowerBound),\(range.upperBound)]"
            }
            return "[\(start),\(end)]"
        }
        let sentences = result.sentences.map { span($0.start, $0.end) }.joined(separator: ",")
        let tokens = result.tokens.map { span($0.start, $0.end) }.joined(separator: ",")
        print("{\"sentences\":[\(sentences)],\"tokens\":[\(tokens)]}")
    }
case "speed":
    var runs = 5
    var dump: String?
    while arguments.count > 1, arguments[0].hasPrefix("--") {
        if arguments[0] == "--runs", let n = Int(arguments[1]) { runs = max(1, n) }
        else if arguments[0] == "--dump" { dump = arguments[1] }
        else { fail("unknown option \(arguments[0])") }
        arguments.removeFirst(2)
    }
    let texts = readTexts(arguments)
    let bytes = texts.reduce(0) { $0 + $1.utf8.count }
    let normalize = normalizeStage()
    let tokenize = tokenizeStage()
    // CPU time of this thread: the machine may be shared, and the work is single-threaded.
    func cpuNow() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
    func seconds(_ body: () -> Void) -> Double {
        let start = cpuNow()
        body()
        return cpuNow() - start
    }
    var normalizeTimes: [Double] = []
    var tokenizeTimes: [Double] = []
    var tokens = 0
    var normalized: [Text] = []
    for _ in 0..<runs {
        normalizeTimes.append(seconds { normalized = texts.map { run(normalize, Text($0)) } })
        tokenizeTimes.append(seconds { tokens = normalized.reduce(0) { $0 + run(tokenize, $1).tokens.count } })
    }
    func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
    if let dump {
        var lines = ""
        for text in normalized {
            let data = try JSONEncoder().encode(["text": text.text])
            lines += String(decoding: data, as: UTF8.self) + "\n"
        }
        guard FileManager.default.createFile(atPath: dump, contents: Data(lines.utf8)) else { fail("cannot write \(dump)") }
    }
    print("{\"files\":\(texts.count),\"bytes\":\(bytes),\"tokens\":\(tokens),\"runs\":\(runs),"
        + "\"normalize_seconds\":\(median(normalizeTimes)),\"tokenize_seconds\":\(median(tokenizeTimes))}")
default:
    fail("unknown command '\(command)'; use spans or speed")
}
