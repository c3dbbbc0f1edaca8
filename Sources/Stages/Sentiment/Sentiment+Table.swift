import PipelineCore

/// CSV and SQLite rows: the scores join tokenize's `sentences` rows and quote-extract's
/// `quotes` rows on `start`/`end`; the document scores get a row of their own.
extension Sentiment: TabularArtifact {
    private static let scoreColumns = [
        TableColumn("neg", .real), TableColumn("neu", .real), TableColumn("pos", .real), TableColumn("compound", .real),
    ]
    private static let spanColumns = [TableColumn("start", .integer), TableColumn("end", .integer)] + scoreColumns

    public static let tables: [TableSchema] = [
        TableSchema(name: "sentences", key: ["start", "end"], columns: spanColumns),
        TableSchema(name: "quotes", key: ["start", "end"], columns: spanColumns),
        TableSchema(
            name: "document_sentiment", key: [],
            columns: scoreColumns + [
                TableColumn("mean_neg", .real), TableColumn("mean_neu", .real), TableColumn("mean_pos", .real),
                TableColumn("mean_compound", .real),
            ]),
    ]

    public func appendRows(to rows: inout TableRows) {
        for sentence in sentences { rows.append("sentences", Self.cells(sentence)) }
        for quote in quotes { rows.append("quotes", Self.cells(quote)) }
        rows.append(
            "document_sentiment",
            [
                "neg": .real(document.neg), "neu": .real(document.neu), "pos": .real(document.pos),
                "compound": .real(document.compound),
                "mean_neg": .real(sentenceMean.neg), "mean_neu": .real(sentenceMean.neu),
                "mean_pos": .real(sentenceMean.pos), "mean_compound": .real(sentenceMean.compound),
            ])
    }

    private static func cells(_ span: SpanSentiment) -> [String: CellValue] {
        [
            "start": .integer(span.start), "end": .integer(span.end), "neg": .real(span.neg), "neu": .real(span.neu),
            "pos": .real(span.pos), "compound": .real(span.compound),
        ]
    }
}
