@testable import PipelineCore
import Testing

struct YAMLLoaderTests {
    private func node(_ text: String) throws -> YAMLNode {
        try YAMLLoader.load(Array(text.utf8), file: "t.yaml")
    }

    private func error(_ text: String, limits: YAMLLimits = YAMLLimits()) -> Diagnostic? {
        do {
            _ = try YAMLLoader.load(Array(text.utf8), file: "t.yaml", limits: limits)
            return nil
        } catch {
            return error
        }
    }

    @Test func keepsLineAndColumnOfEveryNode() throws {
        let root = try node("a:\n  - x\n  - { b: 1 }\n")
        let items = try #require(root["a"]?.items)
        #expect(items[0].location.line == 2 && items[0].location.column == 5)
        #expect(items[1]["b"]?.location.line == 3 && items[1]["b"]?.location.column == 10)
    }

    @Test func resolvesCoreSchemaScalars() throws {
        let root = try node("""
            n: ~
            t: true
            i: -12
            h: 0x1F
            f: 1.5e3
            s: '12'
            inf: .inf
            folded: >
              a
              b
            """)
        func value(_ key: String) -> YAMLValue? { root[key].flatMap { $0.scalar?.resolved(tag: $0.tag) } }
        #expect(value("n") == .null)
        #expect(value("t") == .bool(true))
        #expect(value("i") == .int(-12))
        #expect(value("h") == .int(31))
        #expect(value("f") == .float(1500))
        #expect(value("s") == .string("12"))
        #expect(value("inf") == .float(.infinity))
        #expect(value("folded") == .string("a b"))
    }

    @Test func resolvesAliases() throws {
        let root = try node("base: &b { x: 1 }\ncopy: *b\n")
        #expect(root["copy"]?["x"]?.scalar?.text == "1")
    }

    @Test func refusesAliasBombsQuickly() {
        var text = "a: &a [x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let previous = level == 1 ? "a" : "l\(level - 1)"
            text += "l\(level): &l\(level) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
        }
        let found = error(text)
        #expect(found?.message.contains("expands to more than") == true)
    }

    @Test func refusesDeepNesting() {
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(error(text)?.message == "the YAML nests deeper than 256 levels")
    }

    @Test func refusesInvalidUTF8AtItsPlace() {
        var bytes = Array("a: b\nc: d".utf8)
        bytes.insert(0xFF, at: 8)
        do {
            _ = try YAMLLoader.load(bytes, file: "t.yaml")
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "the file is not valid UTF-8")
            #expect(error.location?.line == 2 && error.location?.column == 4)
        }
    }

    @Test func refusesDuplicateKeys() {
        #expect(error("a: 1\nb: 2\na: 3\n")?.message == "duplicate key 'a' in a mapping")
    }

    @Test func refusesTagsThatNameTypes() {
        #expect(error("a: !!python/object:os.system x\n")?.message == "the tag '!!python/object:os.system' is not supported")
        #expect(error("a: !ruby/object {}\n")?.message == "the tag '!ruby/object' is not supported")
    }

    @Test func reportsSyntaxErrorsWithLocation() {
        let found = error("a: [1, 2\nb: 3\n")
        #expect(found?.location?.line != nil)
        #expect(found?.message.isEmpty == false)
    }

    @Test func refusesOversizedFiles() {
        #expect(error("a: 1234567890\n", limits: YAMLLimits(maxBytes: 8))?.message == "the YAML file is 14 bytes, over the limit of 8")
    }
}
