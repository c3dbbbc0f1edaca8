import Foundation
import PipelineCore
import Testing

struct JSONSlicerTests {
    private let payload = #"""
        { "document" : {"id":"a\"b","body":"x{y}[z], \\"} ,
          "inputs": {"tokens": {"tokens": [{"start": 0, "end": -1.5e3, "kind": "word"}], "ok": true},
                     "n\u00e9": null, "list": [[], {}, "]"]} }
        """#

    @Test func findsEachMemberAndTheExtentOfItsValue() throws {
        let bytes = Array(payload.utf8)
        let members = try JSONSlicer.members(of: bytes)
        #expect(members.map(\.key) == ["document", "inputs"])
        let text = { (range: Range<Int>) in String(decoding: bytes[range], as: UTF8.self) }
        #expect(text(members[0].value) == #"{"id":"a\"b","body":"x{y}[z], \\"}"#)
        let inputs = try JSONSlicer.members(of: bytes, in: members[1].value)
        #expect(inputs.map(\.key) == ["tokens", "né", "list"])
        #expect(text(inputs[0].value) == #"{"tokens": [{"start": 0, "end": -1.5e3, "kind": "word"}], "ok": true}"#)
        #expect(text(inputs[1].value) == "null")
        #expect(text(inputs[2].value) == #"[[], {}, "]"]"#)
        #expect(try JSONSlicer.members(of: Array(" {} ".utf8)).isEmpty)
    }

    @Test func refusesEveryTruncationAndNeverCrashes() {
        let bytes = Array(payload.utf8)
        for end in 0..<bytes.count - 1 {
            #expect(throws: JSONSlicer.Malformed.self) { try JSONSlicer.members(of: Array(bytes[..<end])) }
        }
        for text in ["[1]", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "{1:2}", "{\"a\":1 \"b\":2}", "\"a\"", "{\"a\":]}"] {
            #expect(throws: JSONSlicer.Malformed.self, "\(text)") { try JSONSlicer.members(of: Array(text.utf8)) }
        }
    }

    @Test func anEncodedArtifactDecodesStraightIntoAType() throws {
        let artifact = JSONArtifact(typeName: "WordCount", encoded: Array(#"{"count":\#n 4}"#.utf8))
        #expect(try artifact.decode(WordCount.self) == WordCount(count: 4))
        var writer = JSONWriter()
        artifact.writeJSON(to: &writer)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #"{"count":  4}"#)
        #expect(artifact.value == .object(["count": .int(4)]))
    }
}
