import Foundation
@testable import PipelineCore
import Testing

/// Runs the loader over the official YAML test suite in `../shared/corpora/yaml-test-suite`.
struct YAMLTestSuiteTests {
    static let folder = "corpora/yaml-test-suite/data"

    struct Case {
        var name: String
        var path: String
    }

    static func cases() -> [Case] {
        let root = SharedCorpora.path(folder)
        let manager = FileManager.default
        var found: [Case] = []
        for id in ((try? manager.contentsOfDirectory(atPath: root)) ?? []).sorted() {
            let path = root + "/" + id
            if manager.fileExists(atPath: path + "/in.yaml") {
                found.append(Case(name: id, path: path))
            } else {
                for sub in ((try? manager.contentsOfDirectory(atPath: path)) ?? []).sorted()
                where manager.fileExists(atPath: "\(path)/\(sub)/in.yaml") {
                    found.append(Case(name: "\(id)/\(sub)", path: "\(path)/\(sub)"))
                }
            }
        }
        return found
    }

    enum Outcome: Equatable {
        case passed
        case failed(String)
        /// Needs a feature the loader refuses on purpose (tags beyond the core schema).
        case unsupported(String)
    }

    static func run(_ testCase: Case) -> Outcome {
        let bytes = (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: testCase.path + "/in.yaml")))) ?? []
        let isError = FileManager.default.fileExists(atPath: testCase.path + "/error")
        let documents: [YAMLNode]
        do {
            documents = try YAMLLoader.loadAll(bytes, file: "in.yaml")
        } catch {
            if isError { return .passed }
            if error.message.hasPrefix("the tag ") { return .unsupported(error.message) }
            return .failed("rejected: \(error)")
        }
        if isError { return .failed("accepted an invalid document") }
        guard let json = try? String(contentsOfFile: testCase.path + "/in.json", encoding: .utf8) else {
            return .passed  // no JSON form (e.g. complex keys): loading without error is the check
        }
        let expected = JSONStream.values(json)
        let actual = documents.map(JSONForm.init)
        guard expected.count == actual.count else {
            return .failed("\(actual.count) documents, expected \(expected.count)")
        }
        for (a, e) in zip(actual, expected) where a != e {
            return .failed("value \(a) != \(e)")
        }
        return .passed
    }

    @Test(.enabled(if: SharedCorpora.exists(folder), "../shared/corpora/yaml-test-suite is absent"))
    func loaderAgreesWithTheSuite() {
        let outcomes = Self.cases().map { ($0.name, Self.run($0)) }
        let passed = outcomes.filter { $0.1 == .passed }.count
        let unsupported = outcomes.compactMap { name, outcome in
            if case .unsupported(let why) = outcome { "\(name): \(why)" } else { nil }
        }
        let failed = outcomes.compactMap { name, outcome in
            if case .failed(let why) = outcome { "\(name): \(why)" } else { nil }
        }
        print("YAML test suite: \(passed) of \(outcomes.count) cases passed, \(unsupported.count) unsupported, \(failed.count) failed")
        for line in unsupported { print("  unsupported \(line)") }
        for line in failed { print("  failed \(line)") }
        #expect(outcomes.count == 402)
        // Raise this bound when the loader improves; it guards against regressions.
        #expect(passed >= Self.expectedPasses)
    }

    static let expectedPasses = 315
}

/// A loaded node in a form comparable to the suite's `in.json`.
indirect enum JSONForm: Equatable, CustomStringConvertible {
    case null, bool(Bool), number(Double), string(String)
    case array([JSONForm])
    case object([String: JSONForm])

    init(_ node: YAMLNode) {
        switch node.kind {
        case .scalar(let scalar):
            switch scalar.resolved(tag: node.tag) {
            case .null: self = .null
            case .bool(let flag): self = .bool(flag)
            case .int(let number): self = .number(Double(number))
            case .float(let number): self = .number(number)
            case .string(let text): self = .string(text)
            }
        case .sequence(let items):
            self = .array(items.map(JSONForm.init))
        case .mapping(let pairs):
            var object: [String: JSONForm] = [:]
            for pair in pairs { object[pair.key.scalar?.text ?? "\(JSONForm(pair.key))"] = JSONForm(pair.value) }
            self = .object(object)
        }
    }

    init(_ value: JSONValue) {
        switch value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .int(let number): self = .number(Double(number))
        case .double(let number): self = .number(number)
        case .string(let text): self = .string(text)
        case .array(let items): self = .array(items.map(JSONForm.init))
        case .object(let object): self = .object(object.mapValues(JSONForm.init))
        }
    }

    var description: String {
        switch self {
        case .null: "null"
        case .bool(let flag): "\(flag)"
        case .number(let number): "\(number)"
        case .string(let text): "\"\(text)\""
        case .array(let items): "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .object(let object):
            "{" + object.keys.sorted().map { "\($0): \(object[$0]!)" }.joined(separator: ", ") + "}"
        }
    }
}

/// Splits a file of concatenated JSON values (the suite's multi-document `in.json`).
enum JSONStream {
    static func values(_ text: String) -> [JSONForm] {
        var values: [JSONForm] = []
        var depth = 0
        var inString = false
        var escaped = false
        var start: String.Index?
        var index = text.startIndex
        func flush(_ end: String.Index) {
            guard let begin = start else { return }
            let chunk = String(text[begin..<end])
            if let value = try? JSONDecoder().decode(JSONValue.self, from: Data(chunk.utf8)) {
                values.append(JSONForm(value))
            }
            start = nil
        }
        while index < text.endIndex {
            let character = text[index]
            if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
            } else if character.isWhitespace {
                if depth == 0 { flush(index) }
            } else {
                if start == nil { start = index }
                switch character {
                case "\"": inString = true
                case "[", "{": depth += 1
                case "]", "}":
                    depth -= 1
                    if depth == 0 { flush(text.index(after: index)) }
                default: break
                }
            }
            index = text.index(after: index)
        }
        flush(text.endIndex)
        return values
    }
}
