import PipelineCore

extension Sentiment: TabularArtifact {
    private static let scoreColumns = ["neg", "neu", "pos", "compound"].map { TableColumn($0, .real) }

    /// Scores join the sentence and quote rows they are about (by span), and the document row.
    public static let tables = [
        TableSchema(name: "documents", key: [], columns: scoreColumns + [TableColumn("sentence_mean_compound", .real)]),
        TableSchema(name: "sentences", key: ["start", "end"],
                    columns: [TableColumn("start", .integer), TableColumn("end", .integer)] + scoreColumns),
        TableSchema(name: "quotes", key: ["start", "end"],
                    columns: [TableColumn("start", .integer), TableColumn("end", .integer)] + scoreColumns),
    ]

    public func appendRows(to rows: inout TableRows) {
        var documentRow = Self.cells(document)
        documentRow["sentence_mean_compound"] = .real(sentenceMean.compound)
        rows.append("documents", documentRow)
        for sentence in sentences {
            rows.append("sentences", Self.cells(sentence.scores).merging(
                ["start": .integer(sentence.start), "end": .integer(sentence.end)]) { a, _ in a })
        }
        for quote in quotes {
            rows.append("quotes", Self.cells(quote.scores).merging(
                ["start": .integer(quote.start), "end": .integer(quote.end)]) { a, _ in a })
        }
    }

    private static func cells(_ scores: SentimentScores) -> [String: CellValue] {
        ["neg": .real(scores.neg), "neu": .real(scores.neu), "pos": .real(scores.pos), "compound": .real(scores.compound)]
    }
}
