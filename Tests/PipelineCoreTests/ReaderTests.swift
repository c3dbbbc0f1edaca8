import Foundation
@testable import PipelineCore
import Testing

struct ReaderTests {
    private func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "pipeline-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    private func write(_ bytes: [UInt8], _ path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    @Test func readsArticleHeaderBylineAndKeepsTheBody() {
        var metadata: [String: String] = [:]
        let body = ArticleParser.parse("date 2025-12-02 US Ramps Up Pressure\n\nBy Staff, Agencies\n\nText here.\n", metadata: &metadata)
        #expect(metadata["date"] == "2025-12-02")
        #expect(metadata["title"] == "US Ramps Up Pressure")
        #expect(metadata["byline"] == "By Staff, Agencies")
        #expect(metadata["body_offset"] == "16")
        #expect(body == "US Ramps Up Pressure\n\nBy Staff, Agencies\n\nText here.\n")
    }

    @Test func firstNonBlankLineIsTheHeadline() {
        var metadata: [String: String] = [:]
        let body = ArticleParser.parse("\n  Ad sales boost profit\n\nQuarterly profits rose.\n", metadata: &metadata)
        #expect(metadata["title"] == "Ad sales boost profit")
        #expect(metadata["byline"] == nil)
        #expect(body.hasPrefix("\n  Ad sales"))
    }

    @Test func walksFoldersSortedAndRecursively() throws {
        let root = try temporaryFolder()
        for name in ["b/2.txt", "a.txt", "b/10.txt", "c.md", "b/x/1.txt"] {
            try write(Array("Title \(name)\n\nBody.".utf8), root + "/" + name)
        }
        let ids = FolderReader(roots: [root], format: .article).map(\.id)
        #expect(ids == ["a", "b/10", "b/2", "b/x/1"])
        let markdown = FolderReader(roots: [root], format: .text, glob: "*.md").map(\.id)
        #expect(markdown == ["c"])
    }

    @Test func flagsInvalidUTF8AndRefusesBinary() throws {
        let root = try temporaryFolder()
        try write([0x41, 0xFF, 0x42], root + "/bad.txt")
        try write([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01], root + "/png.txt")
        try write([0xFF, 0xFE, 0x48, 0x00, 0x69, 0x00], root + "/utf16.txt")
        try write([], root + "/empty.txt")
        let inputs = FolderReader(roots: [root], format: .text).map { $0.loaded() }
        guard case .document(let bad) = inputs[0] else { Issue.record("bad.txt unread"); return }
        #expect(bad.body == "A\u{FFFD}B")
        #expect(bad.metadata["invalid_utf8"] != nil)
        guard case .document(let empty) = inputs[1] else { Issue.record("empty.txt unread"); return }
        #expect(empty.body == "")
        guard case .unreadable(let id, _, let reason) = inputs[2] else { Issue.record("png read"); return }
        #expect(id == "png" && reason.contains("binary"))
        guard case .document(let utf16) = inputs[3] else { Issue.record("utf16 unread"); return }
        #expect(utf16.body == "Hi" && utf16.metadata["encoding"] == "utf-16le")
    }

    @Test func refusesDocumentsOverTheSizeLimit() throws {
        let root = try temporaryFolder()
        try write(Array(repeating: 0x61, count: 2000), root + "/big.txt")
        let inputs = FolderReader(roots: [root], format: .text, maxDocumentBytes: 1000).map { $0.loaded() }
        guard case .unreadable(_, _, let reason) = inputs.first else { Issue.record("read"); return }
        #expect(reason.contains("--max-document-bytes"))
    }

    @Test func reportsSymlinkLoopsOnce() throws {
        let root = try temporaryFolder()
        try write(Array("T\n\nB".utf8), root + "/a/doc.txt")
        try FileManager.default.createSymbolicLink(atPath: root + "/a/loop", withDestinationPath: root + "/a")
        let inputs = FolderReader(roots: [root], format: .article).map { $0.loaded() }
        #expect(inputs.map(\.id) == ["a/doc", "a/loop"])
        guard case .unreadable(_, _, let reason) = inputs[1] else { Issue.record("loop walked"); return }
        #expect(reason.contains("symlink loop"))
    }

    @Test func readsJSONLAndKeepsBadLinesAsFailures() throws {
        let root = try temporaryFolder()
        let lines = [
            #"{"id": "a", "text": "Hello.", "source": "wire"}"#,
            "not json",
            #"{"id": "../escape", "text": "x"}"#,
            "",
            #"{"id": 7, "text": "Seven."}"#,
        ]
        try write(Array(lines.joined(separator: "\n").utf8), root + "/in.jsonl")
        let inputs = Array(JSONLReader(path: root + "/in.jsonl"))
        #expect(inputs.map(\.id) == ["a", "line-2", "line-3", "7"])
        guard case .document(let first) = inputs[0] else { Issue.record("a unread"); return }
        #expect(first.body == "Hello." && first.metadata["source"] == "wire")
    }

    @Test func shardsPartitionTheIDs() {
        let ids = (0..<1000).map { "doc/\($0)" }
        let shards = (1...4).map { Shard("\($0)/4")! }
        for id in ids {
            #expect(shards.filter { $0.contains(id) }.count == 1)
        }
        #expect(shards.allSatisfy { shard in ids.filter(shard.contains).count > 150 })
        #expect(Shard("0/4") == nil && Shard("5/4") == nil && Shard("x") == nil)
    }

    @Test func outputPathsNeverEscapeTheFolder() {
        for id in ["../x", "/etc/passwd", "a/../../b", "", "a//b", "./a"] {
            #expect(throws: OutputError.self) { try JSONDirectorySink.path(for: id, in: "/out") }
        }
        #expect((try? JSONDirectorySink.path(for: "business/001", in: "/out")) == "/out/business/001.json")
    }
}

struct FileReadingTests {
    @Test(arguments: [0, 1, 4095, 65_536, 200_001])
    func readsEveryByteOfAFileOfAnySize(size: Int) throws {
        let path = NSTemporaryDirectory() + "pipeline-read-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: path) }
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(try FileReading.bytes(atPath: path, maxBytes: 1 << 20, limitName: "the limit") == bytes)
        if size > 0 {
            #expect(throws: FileReading.ReadError.self) {
                try FileReading.bytes(atPath: path, maxBytes: size - 1, limitName: "the limit")
            }
        }
    }
}

struct JSONWriterTests {
    @Test(arguments: [0.0, -0.0, 1, -1, 0.1, 0.5, 1.0 / 3.0, 123456.789, 1e-7, 2.5e20, -0.2732, 0.8118, 1e15, 9_999_999_999_999_998, 1e16, 3e17, 123])
    func writesDoublesLikeJSONEncoder(value: Double) throws {
        var writer = JSONWriter()
        writer.double(value)
        let encoded = try JSONEncoder().encode(value)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == String(decoding: encoded, as: UTF8.self))
    }

    @Test(arguments: ["\"", "\\", "\n", "\u{1}", "\u{1F}", "\t", "é", "/", "\u{7F}"])
    func escapesLikeJSONEncoderInEveryPositionOfAnEightByteStep(special: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        for length in [1, 7, 8, 9, 16, 23] {
            for position in 0..<length {
                var scalars = Array(repeating: "a", count: length)
                scalars[position] = special
                if position + 2 < length { scalars[position + 2] = special }
                let text = scalars.joined()
                var writer = JSONWriter()
                writer.string(text)
                #expect(writer.bytes == Array(try encoder.encode(text)), "\(length) \(position)")
            }
        }
    }

    /// Rounded scores take a path of integer arithmetic; it must give the description's bytes
    /// for every decimal it takes, at the edges of its range, and for what it must leave alone.
    @Test func writesDecimalsLikeTheDescriptionOnAndAroundTheFastPath() {
        func described(_ value: Double) -> String {
            let text = value.description
            return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
        }
        var values: [Double] = [
            0.001, 0.000999, 0.0009999999999999998, 0.0010000000000000002, 999_999.999999,
            999_999.9999999, 1e6, 1e6 - 1e-10, 0.1 + 0.2, .leastNonzeroMagnitude, .greatestFiniteMagnitude, -123.4005,
        ]
        for k in 0...10_000 {
            values += [Double(k) / 10_000, -Double(k) / 1_000_000, Double(k) / 1_000, Double(k) / 10_000_000]
        }
        // Arbitrary doubles from a fixed linear congruential sequence, so a failure repeats.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let scale = [1.0, 1e3, 1e6, 1e7][Int(state >> 62)]
            values.append(Double(Int64(bitPattern: state) >> 20) / scale)
            values.append(Double(bitPattern: 0x3F00_0000_0000_0000 | state >> 12) * (state & 1 == 0 ? 1 : -1))
        }
        var mismatches: [String] = []
        for value in values {
            var writer = JSONWriter()
            writer.double(value)
            let written = String(decoding: writer.bytes, as: UTF8.self)
            if written != described(value), mismatches.count < 5 { mismatches.append("\(value): \(written)") }
        }
        #expect(mismatches.isEmpty)
    }

    @Test(arguments: [0, 7, -7, 10, 1_000_000, Int.max, Int.min])
    func writesIntegers(value: Int) {
        var writer = JSONWriter()
        writer.int(value)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == String(value))
    }
}

struct TextAlignmentTests {
    // "a&amp;b  c" → "a&b c": one entity run and one collapsed-whitespace run.
    let alignment = TextAlignment(runs: [
        .init(outputStart: 0, length: 1, sourceStart: 0, sourceLength: 1),
        .init(outputStart: 1, length: 1, sourceStart: 1, sourceLength: 5),
        .init(outputStart: 2, length: 1, sourceStart: 6, sourceLength: 1),
        .init(outputStart: 3, length: 1, sourceStart: 7, sourceLength: 2),
        .init(outputStart: 4, length: 1, sourceStart: 9, sourceLength: 1),
    ])

    @Test func mapsSpansBackExactly() {
        #expect(alignment.sourceSpan(start: 0, end: 1) == 0..<1)   // "a"
        #expect(alignment.sourceSpan(start: 1, end: 2) == 1..<6)   // "&" ← "&amp;"
        #expect(alignment.sourceSpan(start: 0, end: 3) == 0..<7)   // "a&b"
        #expect(alignment.sourceSpan(start: 4, end: 5) == 9..<10)  // "c"
        #expect(alignment.sourceSpan(start: 2, end: 2) == 6..<6)
    }

    @Test func anEndOnARunBoundaryStaysInItsRun() {
        // "b" ends where the whitespace run starts; its source must not swallow "  ".
        #expect(alignment.sourceSpan(start: 2, end: 3) == 6..<7)
    }
}

struct ResultEncoderTests {
    @Test func writesObjectsAndStringsLikeJSONEncoder() throws {
        let metadata = ["title": "A \"quoted\"\nline\twith \\ and \u{1} and é/東京", "date": "2025-12-02", "": "empty key"]
        var writer = JSONWriter()
        writer.object(metadata)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect(String(decoding: writer.bytes, as: UTF8.self) == String(decoding: try encoder.encode(metadata), as: UTF8.self))
    }

    @Test func aResultIsOneValidJSONObjectInSchemaOrder() throws {
        let result = DocumentResult(
            id: "business/001", metadata: ["title": "T"], outputs: [("count", WordCount(count: 3))],
            errors: ["shout": "it \"failed\""])
        let text = String(decoding: try ResultEncoder().encode(result), as: UTF8.self)
        #expect(text == #"{"id":"business/001","metadata":{"title":"T"},"outputs":{"count":{"count":3}},"errors":{"shout":"it \"failed\""}}"#)
    }
}
