import PipelineCore

extension TokenizedText: TabularArtifact {
    /// One row per sentence: its position, span and text.
    public static let tables = [
        TableSchema(name: "sentences", key: ["start", "end"], columns: [
            TableColumn("index", .integer), TableColumn("start", .integer), TableColumn("end", .integer),
            TableColumn("text", .text),
        ]),
    ]

    public func appendRows(to rows: inout TableRows) {
        let scalars = Array(text.unicodeScalars)
        for (index, sentence) in sentences.enumerated() {
            let lower = min(max(0, sentence.start), scalars.count)
            let upper = min(max(lower, sentence.end), scalars.count)
            var sentenceText = String.UnicodeScalarView()
            sentenceText.append(contentsOf: scalars[lower..<upper])
            rows.append("sentences", [
                "index": .integer(index), "start": .integer(sentence.start), "end": .integer(sentence.end),
                "text": .text(String(sentenceText)),
            ])
        }
    }
}
