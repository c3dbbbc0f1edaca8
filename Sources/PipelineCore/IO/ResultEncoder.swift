import Foundation

/// Encodes a result as one JSON object, byte for byte the same on every run.
///
/// Top-level keys come in schema order (`id`, `metadata`, `outputs`, `errors`) and outputs
/// in stage order; inside each artifact keys are sorted, since Foundation's own order varies.
public struct ResultEncoder: Sendable {
    public init() {}

    /// The result's bytes; an output that cannot be encoded (a stage that wrote NaN, say)
    /// becomes an error of its stage instead of stopping the run.
    public func encodeReportingFailures(_ result: DocumentResult) -> [UInt8] {
        if let encoded = try? encode(result) { return encoded }
        var repaired = result
        repaired.outputs = []
        for (stageID, artifact) in result.outputs {
            let single = DocumentResult(id: result.id, metadata: [:], outputs: [(stageID, artifact)])
            if (try? encode(single)) != nil {
                repaired.outputs.append((stageID, artifact))
            } else {
                repaired.errors[stageID] = "its output cannot be written as JSON (a NaN or infinite number?)"
            }
        }
        return (try? encode(repaired)) ?? Array(#"{"id":"?","errors":{"output":"unencodable"}}"#.utf8)
    }

    public func encode(_ result: DocumentResult) throws -> [UInt8] {
        var writer = JSONWriter(capacity: 1 << 14)
        writer.raw(#"{"id":"#)
        writer.string(result.id)
        writer.raw(#","metadata":"#)
        writer.object(result.metadata)
        writer.raw(#","outputs":{"#)
        var encoder: JSONEncoder?
        for (position, output) in result.outputs.enumerated() {
            if position > 0 { writer.byte(UInt8(ascii: ",")) }
            writer.string(output.stageID)
            writer.byte(UInt8(ascii: ":"))
            if let direct = output.artifact as? any DirectJSONEncodable {
                direct.writeJSON(to: &writer)
            } else {
                if encoder == nil {
                    encoder = JSONEncoder()
                    encoder?.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                }
                writer.append(try encoder!.encode(output.artifact))
            }
        }
        writer.raw(#"},"errors":"#)
        writer.object(result.errors)
        if let fingerprint = result.fingerprint {
            writer.raw(#","fingerprint":"#)
            writer.string(fingerprint)
        }
        writer.byte(UInt8(ascii: "}"))
        return writer.bytes
    }
}
