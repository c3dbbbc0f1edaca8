import PipelineCore

/// Written straight to bytes, keys sorted, as `JSONEncoder` with `.sortedKeys` writes them.
extension Summary: DirectJSONEncodable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.byte(UInt8(ascii: "{"))
        if let scores {
            writer.raw(#""scores":["#)
            for (index, score) in scores.enumerated() {
                if index > 0 { writer.byte(UInt8(ascii: ",")) }
                writer.raw(#"{"candidate":"#)
                writer.bool(score.candidate)
                writer.raw(#","end":"#)
                writer.int(score.end)
                writer.raw(#","index":"#)
                writer.int(score.index)
                if let redundancy = score.redundancy {
                    writer.raw(#","redundancy":"#)
                    writer.double(redundancy)
                }
                writer.raw(#","score":"#)
                writer.double(score.score)
                writer.raw(#","selected":"#)
                writer.bool(score.selected)
                writer.raw(#","start":"#)
                writer.int(score.start)
                writer.byte(UInt8(ascii: "}"))
            }
            writer.raw("],")
        }
        writer.raw(#""sentences":["#)
        for (index, sentence) in sentences.enumerated() {
            if index > 0 { writer.byte(UInt8(ascii: ",")) }
            writer.raw(#"{"end":"#)
            writer.int(sentence.end)
            writer.raw(#","index":"#)
            writer.int(sentence.index)
            writer.raw(#","score":"#)
            writer.double(sentence.score)
            writer.raw(#","start":"#)
            writer.int(sentence.start)
            writer.raw(#","text":"#)
            writer.string(sentence.text)
            writer.byte(UInt8(ascii: "}"))
        }
        writer.raw("]}")
    }
}
