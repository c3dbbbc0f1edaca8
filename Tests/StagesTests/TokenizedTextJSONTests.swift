import Foundation
import PipelineCore
import Stages
import Testing

struct TokenizedTextJSONTests {
    private func encoderBytes(_ value: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(value))
    }

    private func tokenized(_ text: String) throws -> TokenizedText {
        let stage = try Tokenize(options: .init(), context: StageContext(stageID: "t", baseDirectory: "."))
        return try stage.process(StageInput(document: Document(id: "d", body: text), artifacts: ["text": Text(text)]))
    }

    @Test(arguments: [
        "Headline\n\nMr. Smith said: \"It's 5/10 — great!\" See https://example.com/a?b=c.\n",
        "Tabs\tand\u{1}control\u{1F} chars, a \\ backslash, é, 東京, 👩🏽‍💻 and \r\n line ends.",
        "",
        "\u{7F}\u{2028}\u{2029}\u{FEFF}\u{FFFD}",
    ])
    func writesWhatJSONEncoderWrites(text: String) throws {
        let artifact = try tokenized(text)
        var writer = JSONWriter()
        artifact.writeJSON(to: &writer)
        #expect(writer.bytes == (try encoderBytes(artifact)))
    }

    @Test func writesRandomTextLikeJSONEncoder() throws {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [Unicode.Scalar] = ["a", "Z", " ", "\n", "\"", "\\", "/", "\u{0}", "\u{7}", ".", "’", "é", "😀", "\u{301}"]
        for _ in 0..<200 {
            let length = Int.random(in: 0..<60, using: &generator)
            var scalars = String.UnicodeScalarView()
            for _ in 0..<length { scalars.append(alphabet.randomElement(using: &generator)!) }
            let artifact = try tokenized(String(scalars))
            var writer = JSONWriter()
            artifact.writeJSON(to: &writer)
            #expect(writer.bytes == (try encoderBytes(artifact)))
        }
    }
}
