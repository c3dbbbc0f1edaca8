import Foundation
import PipelineCore

/// Stages defined for the engine's tests: small, but real conformers of `Stage`.
struct WordCount: Artifact, Equatable {
    var count: Int
}

struct Upper: Stage {
    static let name = "upper"
    static let summary = "Uppercases the text."
    static let inputs: [InputPort] = [.required("text", Text.self)]
    init(options: NoOptions, context: StageContext) {}
    func process(_ input: StageInput) throws -> Text {
        Text(try input.required("text", as: Text.self).text.uppercased())
    }
}

struct CountWords: Stage {
    struct Options: StageOptions {
        var minimumLength = 1
        var failOn: String? = nil
        enum CodingKeys: String, CodingKey {
            case minimumLength = "minimum_length"
            case failOn = "fail_on"
        }
    }

    struct Refused: Error, CustomStringConvertible {
        var description: String { "the text holds the failing word" }
    }

    static let name = "count-words"
    static let summary = "Counts words."
    static let inputs: [InputPort] = [.required("text", Text.self)]
    let options: Options

    init(options: Options, context: StageContext) throws {
        guard options.minimumLength >= 1 else { throw OptionError(key: "minimum_length", "must be at least 1") }
        self.options = options
    }

    func process(_ input: StageInput) throws -> WordCount {
        let text = try input.required("text", as: Text.self).text
        if let word = options.failOn, text.contains(word) { throw Refused() }
        let words = text.split(whereSeparator: \.isWhitespace).filter { $0.count >= options.minimumLength }
        return WordCount(count: words.count)
    }
}

struct Doubler: Stage {
    static let name = "double"
    static let summary = "Doubles a word count, after a pause that varies by document."
    static let inputs: [InputPort] = [.required("count", WordCount.self), .optional("text", Text.self)]
    init(options: NoOptions, context: StageContext) {}
    func process(_ input: StageInput) throws -> WordCount {
        let count = try input.required("count", as: WordCount.self).count
        // Uneven work so later documents often finish first: ordering must still hold.
        usleep(useconds_t((input.document.body.utf8.count % 7) * 300))
        return WordCount(count: count * 2)
    }
}

/// Hangs on documents that ask for it, as a stage stuck in a pathological input would.
struct Sleeper: Stage {
    static let name = "sleeper"
    static let summary = "Sleeps for a long time on documents containing SLEEP."
    static let inputs: [InputPort] = [.required("text", Text.self)]
    init(options: NoOptions, context: StageContext) {}
    func process(_ input: StageInput) throws -> WordCount {
        let text = try input.required("text", as: Text.self).text
        if text.contains("SLEEP") { sleep(3) }
        return WordCount(count: 1)
    }
}

func testRegistry() -> StageRegistry {
    var registry = StageRegistry()
    try! registry.register(Sleeper.self)
    try! registry.register(Upper.self)
    try! registry.register(CountWords.self)
    try! registry.register(Doubler.self)
    return registry
}

func load(_ yaml: String, file: String = "test.yaml") throws(DiagnosticList) -> Pipeline {
    try PipelineLoader(registry: testRegistry()).load(bytes: Array(yaml.utf8), file: file)
}

/// The diagnostics a pipeline text produces, each as `line:column: message`.
func diagnostics(_ yaml: String) -> [String] {
    do {
        _ = try load(yaml)
        return []
    } catch {
        return error.diagnostics.map { d in
            "\(d.location.map { "\($0.line):\($0.column)" } ?? "-"): \(d.message)"
        }
    }
}
