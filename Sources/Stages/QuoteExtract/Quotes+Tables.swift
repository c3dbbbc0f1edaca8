import PipelineCore

extension Quotes: TabularArtifact {
    /// One row per quote, indexed by speaker so "everything X said" is one query.
    public static let tables = [
        TableSchema(name: "quotes", key: ["start", "end"], columns: [
            TableColumn("index", .integer), TableColumn("start", .integer), TableColumn("end", .integer),
            TableColumn("kind", .text), TableColumn("text", .text), TableColumn("speaker", .text, indexed: true),
            TableColumn("speaker_start", .integer), TableColumn("speaker_end", .integer), TableColumn("cue", .text),
        ]),
    ]

    public func appendRows(to rows: inout TableRows) {
        for (index, quote) in quotes.enumerated() {
            rows.append("quotes", [
                "index": .integer(index), "start": .integer(quote.start), "end": .integer(quote.end),
                "kind": .text(quote.kind.rawValue), "text": .text(quote.text), "speaker": CellValue(quote.speaker),
                "speaker_start": CellValue(quote.speakerStart), "speaker_end": CellValue(quote.speakerEnd),
                "cue": CellValue(quote.cue),
            ])
        }
    }
}
