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
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var bytes: [UInt8] = []
        bytes.reserveCapacity(4096)
        bytes += Array(#"{"id":"#.utf8)
        bytes += try encoder.encode(result.id)
        bytes += Array(#","metadata":"#.utf8)
        bytes += try encoder.encode(result.metadata)
        bytes += Array(#","outputs":{"#.utf8)
        for (position, output) in result.outputs.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes += try encoder.encode(output.stageID)
            bytes.append(UInt8(ascii: ":"))
            if let direct = output.artifact as? any DirectJSONEncodable {
                var writer = JSONWriter(capacity: 1 << 16)
                direct.writeJSON(to: &writer)
                bytes += writer.bytes
            } else {
                bytes += try encoder.encode(output.artifact)
            }
        }
        bytes += Array(#"},"errors":"#.utf8)
        bytes += try encoder.encode(result.errors)
        if let fingerprint = result.fingerprint {
            bytes += Array(#","fingerprint":"#.utf8)
            bytes += try encoder.encode(fingerprint)
        }
        bytes.append(UInt8(ascii: "}"))
        return bytes
    }
}
