import PipelineCore

/// Written straight to bytes, keys sorted and nil fields left out, as `JSONEncoder` does.
extension Quotes: DirectJSONEncodable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.raw(#"{"quotes":["#)
        for (index, quote) in quotes.enumerated() {
            if index > 0 { writer.byte(UInt8(ascii: ",")) }
            writer.byte(UInt8(ascii: "{"))
            if let cue = quote.cue {
                writer.raw(#""cue":"#)
                writer.string(cue)
                writer.byte(UInt8(ascii: ","))
            }
            writer.raw(#""end":"#)
            writer.int(quote.end)
            writer.raw(#","kind":"#)
            writer.string(quote.kind.rawValue)
            if let speaker = quote.speaker {
                writer.raw(#","speaker":"#)
                writer.string(speaker)
            }
            if let speakerEnd = quote.speakerEnd {
                writer.raw(#","speaker_end":"#)
                writer.int(speakerEnd)
            }
            if let speakerStart = quote.speakerStart {
                writer.raw(#","speaker_start":"#)
                writer.int(speakerStart)
            }
            writer.raw(#","start":"#)
            writer.int(quote.start)
            writer.raw(#","text":"#)
            writer.string(quote.text)
            writer.byte(UInt8(ascii: "}"))
        }
        writer.raw("]}")
    }
}
