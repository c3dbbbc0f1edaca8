import Foundation

/// An artifact known only by its type name: a plugin's or an `exec` child's output whose
/// name matches no Swift type this process knows. It encodes as the raw JSON, so JSON,
/// JSONL and the JSON column of CSV and SQLite show it exactly as the stage wrote it.
///
/// A Swift stage that reads it through `StageInput.required(_:as:)` gets it decoded into
/// the type it asks for, so a package stage can consume a plugin's output by type.
public struct JSONArtifact: Artifact, Equatable {
    /// The type name the producing stage declared (what ports were checked against).
    public var typeName: String
    public var value: JSONValue

    public init(typeName: String, value: JSONValue) {
        self.typeName = typeName
        self.value = value
    }

    public static var artifactName: String { "JSON" }

    public init(from decoder: any Decoder) throws {
        typeName = Self.artifactName
        value = try JSONValue(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        try value.encode(to: encoder)
    }

    /// The value decoded as `A`, for a Swift stage reading a port of that type.
    public func decode<A: Decodable>(_ type: A.Type) throws -> A {
        try JSONDecoder().decode(A.self, from: JSONEncoder().encode(value))
    }
}

extension JSONValue {
    /// The member `key` of an object, or nil.
    public subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }
}
