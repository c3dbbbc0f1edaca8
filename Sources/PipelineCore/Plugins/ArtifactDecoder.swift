import Foundation

/// Turns a plugin's or child's response into an artifact: the Swift type of that name when
/// this process knows one, else a `JSONArtifact`, so built-in stages downstream read it typed.
public struct ArtifactDecoder: Sendable {
    /// Known artifact types by `artifactName`.
    public let types: [String: any Artifact.Type]

    public init(types: [String: any Artifact.Type]) {
        self.types = types
    }

    /// The output of a `{"output": …}` response, or the `Failure` of an `{"error": …}` one.
    public func decodeResponse(_ bytes: [UInt8], outputType: String) throws -> any Artifact {
        let data = Data(bytes)
        let decoder = JSONDecoder()
        if let type = types[outputType] {
            return try decodeTyped(type, data: data, decoder: decoder)
        }
        // Kept as the JSON text it came as: nothing here reads it, the sinks write it as is.
        let members: [(key: String, value: Range<Int>)]
        do {
            members = try JSONSlicer.members(of: bytes)
        } catch {
            throw PluginPayloads.Failure(message: "the stage answered with invalid JSON: \(error)")
        }
        if let failure = members.first(where: { $0.key == "error" }) {
            throw (try? decoder.decode(PluginPayloads.Failure.self, from: Data(bytes[failure.value])))
                ?? PluginPayloads.Failure(message: "the stage failed: \(String(decoding: bytes[failure.value].prefix(200), as: UTF8.self))")
        }
        guard let output = members.first(where: { $0.key == "output" }) else {
            throw PluginPayloads.Failure(message: "the stage answered with neither 'output' nor 'error'")
        }
        return JSONArtifact(typeName: outputType, encoded: Array(bytes[output.value]))
    }

    private func decodeTyped<A: Artifact>(_ type: A.Type, data: Data, decoder: JSONDecoder) throws -> any Artifact {
        let envelope: Envelope<A>
        do {
            envelope = try decoder.decode(Envelope<A>.self, from: data)
        } catch {
            // Tell a reported failure apart from an output that does not fit the type.
            if let failure = (try? decoder.decode(Envelope<JSONValue>.self, from: data))?.error { throw failure }
            throw PluginPayloads.Failure(
                message: "the stage's output does not decode as \(A.artifactName): \(Self.describe(error))")
        }
        if let failure = envelope.error { throw failure }
        guard let output = envelope.output else {
            throw PluginPayloads.Failure(message: "the stage answered with neither 'output' nor 'error'")
        }
        return output
    }

    private struct Envelope<Output: Decodable>: Decodable {
        var output: Output?
        var error: PluginPayloads.Failure?
    }

    /// A decoding error in one line: what is wrong and at which key path.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return String(describing: error) }
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return keys.isEmpty ? "" : " at \(keys)"
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing key '\(key.stringValue)'\(path(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return context.debugDescription + path(context)
        @unknown default: return String(describing: error)
        }
    }
}

extension StageRegistry {
    /// Every artifact type a Swift stage of this registry outputs, by name, plus `Text`:
    /// the types a plugin's output is decoded into when its declared name matches.
    public var artifactTypes: [String: any Artifact.Type] {
        var types: [String: any Artifact.Type] = [Text.artifactName: Text.self]
        for stage in stages {
            if let type = stage.outputType { types[type.artifactName] = type }
        }
        return types
    }
}
