extension Text: DirectJSONEncodable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.byte(UInt8(ascii: "{"))
        if let alignment {
            writer.raw(#""alignment":{"runs":["#)
            for (index, run) in alignment.runs.enumerated() {
                if index > 0 { writer.byte(UInt8(ascii: ",")) }
                writer.byte(UInt8(ascii: "["))
                writer.int(run.outputStart)
                writer.byte(UInt8(ascii: ","))
                writer.int(run.length)
                writer.byte(UInt8(ascii: ","))
                writer.int(run.sourceStart)
                writer.byte(UInt8(ascii: ","))
                writer.int(run.sourceLength)
                writer.byte(UInt8(ascii: "]"))
            }
            writer.raw("]},")
        }
        writer.raw(#""text":"#)
        writer.string(text)
        writer.byte(UInt8(ascii: "}"))
    }
}
