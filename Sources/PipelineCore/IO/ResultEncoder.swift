import Foundation

/// Encodes a result as one JSON object, byte for byte the same on every run.
///
/// Top-level keys come in schema order (`id`, `metadata`, `outputs`, `errors`) and outputs
/// in stage order; inside each artifact keys are sorted, since Foundation's own order varies.
public struct ResultEncoder: Sendable {
    public init() {}

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
            bytes += try encoder.encode(output.artifact)
        }
        bytes += Array(#"},"errors":"#.utf8)
        bytes += try encoder.encode(result.errors)
        bytes.append(UInt8(ascii: "}"))
        return bytes
    }
}
