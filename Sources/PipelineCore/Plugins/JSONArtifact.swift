import Foundation

/// An artifact known only by its type name: a plugin's or an `exec` child's output whose
/// name matches no Swift type this process knows, or a plugin's input before its stage
/// reads it. It encodes as the JSON the stage wrote, so JSON, JSONL and the JSON column
/// of CSV and SQLite show it as it came.
///
/// A Swift stage that reads it through `StageInput.required(_:as:)` gets it decoded into
/// the type it asks for, straight from the bytes, so a package stage can consume a plugin's
/// output by type.
public struct JSONArtifact: DirectJSONEncodable, Equatable {
    /// The type name the producing stage declared (what ports were checked against).
    public var typeName: String
    private var storage: Storage

    private enum Storage: Equatable {
        case value(JSONValue)
        /// JSON text as received; checked for structure, decoded only when read.
        case encoded([UInt8])
    }

    public init(typeName: String, value: JSONValue) {
        self.typeName = typeName
        storage = .value(value)
    }

    /// Wraps JSON text as received; `bytes` must hold one JSON value.
    public init(typeName: String, encoded bytes: [UInt8]) {
        self.typeName = typeName
        storage = .encoded(bytes)
    }

    public static var artifactName: String { "JSON" }

    /// The value, parsed (for an encoded one, on each call).
    public var value: JSONValue {
        switch storage {
        case .value(let value): value
        case .encoded(let bytes): (try? JSONDecoder().decode(JSONValue.self, from: Data(bytes))) ?? .null
        }
    }

    public init(from decoder: any Decoder) throws {
        typeName = Self.artifactName
        storage = .value(try JSONValue(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try value.encode(to: encoder)
    }

    public func writeJSON(to writer: inout JSONWriter) {
        switch storage {
        case .value(let value):
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for byte in (try? encoder.encode(value)) ?? Data("null".utf8) { writer.byte(byte) }
        case .encoded(let bytes):
            // Outside strings a line break is only white space: keep a JSONL line one line.
            for byte in bytes { writer.byte(byte == 0x0A || byte == 0x0D ? 0x20 : byte) }
        }
    }

    /// The value decoded as `A`, for a Swift stage reading a port of that type.
    public func decode<A: Decodable>(_ type: A.Type) throws -> A {
        switch storage {
        case .value(let value): try JSONDecoder().decode(A.self, from: JSONEncoder().encode(value))
        case .encoded(let bytes): try JSONDecoder().decode(A.self, from: Data(bytes))
        }
    }
}

extension JSONValue {
    /// The member `key` of an object, or nil.
    public subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }
}
