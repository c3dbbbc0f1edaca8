import PipelineCore

/// The artifact's JSON written straight to bytes: a long article has hundreds of sentence
/// entries, and `JSONEncoder` costs more than scoring them. Keys in sorted order, as
/// `JSONEncoder` with `.sortedKeys` writes them.
extension Sentiment: DirectJSONEncodable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.raw(#"{"document":"#)
        Self.write(document, to: &writer)
        writer.raw(#","quotes":["#)
        Self.write(quotes, to: &writer)
        writer.raw(#"],"sentence_mean":"#)
        Self.write(sentenceMean, to: &writer)
        writer.raw(#","sentences":["#)
        Self.write(sentences, to: &writer)
        writer.raw("]}")
    }

    private static func write(_ scores: SentimentScores, to writer: inout JSONWriter) {
        writer.raw(#"{"compound":"#)
        writer.double(scores.compound)
        writer.raw(#","neg":"#)
        writer.double(scores.neg)
        writer.raw(#","neu":"#)
        writer.double(scores.neu)
        writer.raw(#","pos":"#)
        writer.double(scores.pos)
        writer.byte(UInt8(ascii: "}"))
    }

    private static func write(_ spans: [SpanSentiment], to writer: inout JSONWriter) {
        for (index, span) in spans.enumerated() {
            if index > 0 { writer.byte(UInt8(ascii: ",")) }
            writer.raw(#"{"compound":"#)
            writer.double(span.compound)
            writer.raw(#","end":"#)
            writer.int(span.end)
            writer.raw(#","neg":"#)
            writer.double(span.neg)
            writer.raw(#","neu":"#)
            writer.double(span.neu)
            writer.raw(#","pos":"#)
            writer.double(span.pos)
            writer.raw(#","start":"#)
            writer.int(span.start)
            writer.byte(UInt8(ascii: "}"))
        }
    }
}
