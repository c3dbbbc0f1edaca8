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
        // Sentences come in text order, so one cursor walking the scalars forward finds
        // them all, without first copying the whole text into an array of scalars.
        var cursor = ScalarCursor(text)
        for (index, sentence) in sentences.enumerated() {
            let lower = max(0, sentence.start)
            let range = cursor.index(at: lower)..<cursor.index(at: max(lower, sentence.end))
            rows.append("sentences", [
                "index": .integer(index), "start": .integer(sentence.start), "end": .integer(sentence.end),
                "text": .text(String(text.unicodeScalars[range])),
            ])
        }
    }
}

/// Finds scalar offsets in a string's scalar view, walking on from the last one found.
private struct ScalarCursor {
    let scalars: String.UnicodeScalarView
    private var index: String.Index
    private var offset = 0

    init(_ text: String) {
        scalars = text.unicodeScalars
        index = scalars.startIndex
    }

    /// The index of scalar `target`, or the end index when the text is shorter.
    mutating func index(at target: Int) -> String.Index {
        if target < offset {
            index = scalars.startIndex
            offset = 0
        }
        while offset < target && index < scalars.endIndex {
            scalars.formIndex(after: &index)
            offset += 1
        }
        return index
    }
}
