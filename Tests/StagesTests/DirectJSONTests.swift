import Foundation
import PipelineCore
import Stages
import Testing

/// Every artifact that writes its own JSON must write exactly what `JSONEncoder` writes,
/// checked on the real news pipeline's outputs for written articles.
struct DirectJSONTests {
    static let articles = [
        """
        date 2025-12-02 Minister &amp; union clash over “reckless” cuts

        By Staff Reporter

        "We will not accept this," said Jane Doe, head of the union. She added: "It's a disaster."

        The minister, Mr. J. R. Smith, said the plan was “fair”. Shares rose 3.5% to $1.2bn… Critics weren't convinced.
        """,
        "",
        "One line only",
        "Tabs\tand\u{1}control, \"quotes\" and 👩🏽‍💻 emoji.\n\n\n„Zitat“ sagte er. «Citation», dit-elle.",
    ]

    private func outputs(_ text: String) throws -> [any Artifact] {
        let yaml = """
            stages:
              - { id: clean, uses: normalize }
              - { id: tokens, uses: tokenize }
              - { id: quotes, uses: quote-extract }
              - { id: tone, uses: sentiment, inputs: { quotes: quotes } }
              - { id: summary, uses: summarize, with: { sentences: 2, scores: true } }
            """
        let pipeline = try PipelineLoader(registry: BuiltInStages.registry()).load(bytes: Array(yaml.utf8), file: "t.yaml")
        var artifacts: [String: any Artifact] = [:]
        for stage in pipeline.stages {
            var inputs: [String: any Artifact] = [:]
            for (port, source) in stage.inputs {
                switch source {
                case .document: inputs[port] = Text(text)
                case .stage(let id): inputs[port] = artifacts[id]
                }
            }
            artifacts[stage.id] = try stage.runner.process(StageInput(document: Document(id: "d", body: text), artifacts: inputs))
        }
        return pipeline.stages.compactMap { artifacts[$0.id] }
    }

    @Test(arguments: articles)
    func directJSONEqualsJSONEncoder(text: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for artifact in try outputs(text) {
            guard let direct = artifact as? any DirectJSONEncodable else { continue }
            var writer = JSONWriter()
            direct.writeJSON(to: &writer)
            let expected = String(decoding: try encoder.encode(artifact), as: UTF8.self)
            #expect(String(decoding: writer.bytes, as: UTF8.self) == expected, "\(type(of: artifact))")
        }
    }
}
