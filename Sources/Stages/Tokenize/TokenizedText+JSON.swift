import PipelineCore

extension TokenizedText: DirectJSONEncodable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.raw(#"{"paragraphs":["#)
        Self.write(paragraphs, to: &writer)
        writer.raw(#"],"sentences":["#)
        Self.write(sentences, to: &writer)
        writer.raw(#"],"text":"#)
        writer.string(text)
        writer.raw(#","tokens":["#)
        for (index, token) in tokens.enumerated() {
            if index > 0 { writer.byte(UInt8(ascii: ",")) }
            writer.raw(#"{"end":"#)
            writer.int(token.end)
            writer.raw(#","kind":""#)
            writer.raw(token.kind.staticName)
            writer.raw(#"","start":"#)
            writer.int(token.start)
            writer.byte(UInt8(ascii: "}"))
        }
        writer.raw("]}")
    }

    private static func write(_ spans: [Span], to writer: inout JSONWriter) {
        for (index, span) in spans.enumerated() {
            if index > 0 { writer.byte(UInt8(ascii: ",")) }
            writer.raw(#"{"end":"#)
            writer.int(span.end)
            writer.raw(#","start":"#)
            writer.int(span.start)
            writer.byte(UInt8(ascii: "}"))
        }
    }
}

extension TokenKind {
    fileprivate var staticName: StaticString {
        switch self {
        case .word: "word"
        case .number: "number"
        case .punct: "punct"
        case .symbol: "symbol"
        case .url: "url"
        case .email: "email"
        case .hashtag: "hashtag"
        case .mention: "mention"
        case .emoji: "emoji"
        }
    }
}
