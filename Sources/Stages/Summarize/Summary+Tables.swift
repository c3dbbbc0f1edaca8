import PipelineCore

extension Summary: TabularArtifact {
    /// One row per chosen sentence, per summarize stage (a pipeline may run several methods).
    public static let tables = [
        TableSchema(name: "summaries", key: ["start", "end"], columns: [
            TableColumn("rank", .integer), TableColumn("index", .integer), TableColumn("start", .integer),
            TableColumn("end", .integer), TableColumn("score", .real), TableColumn("text", .text),
        ], perStage: true),
    ]

    public func appendRows(to rows: inout TableRows) {
        for (rank, sentence) in sentences.enumerated() {
            rows.append("summaries", [
                "rank": .integer(rank), "index": .integer(sentence.index), "start": .integer(sentence.start),
                "end": .integer(sentence.end), "score": .real(sentence.score), "text": .text(sentence.text),
            ])
        }
    }
}
