import Foundation

/// The JSON payloads of the plugin ABI (`pipeline_plugin.h`) and of the `exec` stage's
/// line protocol, which are the same; version `PluginPayloads.abiVersion`.
public enum PluginPayloads {
    /// The ABI version this build speaks; a plugin or child speaking another is refused.
    public static let abiVersion: UInt32 = 1

    /// What `describe` returns: every stage of a plugin.
    public struct Description: Codable, Sendable, Equatable {
        public var stages: [Stage]

        public init(stages: [Stage]) {
            self.stages = stages
        }

        /// One stage: what `pipeline stages` shows and the loader checks wiring against.
        public struct Stage: Codable, Sendable, Equatable {
            public var name: String
            public var summary: String
            public var version: Int
            public var inputs: [InputPort]
            /// The type name of the output; the host decodes it into a known type of that name.
            public var output: String
            /// The options with their defaults, as a JSON object.
            public var options: JSONValue

            public init(name: String, summary: String, version: Int, inputs: [InputPort], output: String, options: JSONValue) {
                self.name = name
                self.summary = summary
                self.version = version
                self.inputs = inputs
                self.output = output
                self.options = options
            }
        }
    }

    /// Sets up one pipeline stage: its options are checked here, when the pipeline loads.
    public struct CreateRequest: Codable, Sendable {
        /// The ABI version of the host; an `exec` child that speaks another answers with an error.
        public var abi: UInt32 = PluginPayloads.abiVersion
        public var stage: String
        public var stageID: String
        public var baseDirectory: String
        public var options: JSONValue

        public init(stage: String, stageID: String, baseDirectory: String, options: JSONValue) {
            self.stage = stage
            self.stageID = stageID
            self.baseDirectory = baseDirectory
            self.options = options
        }

        enum CodingKeys: String, CodingKey {
            case abi, stage, options
            case stageID = "stage_id"
            case baseDirectory = "base_directory"
        }
    }

    /// The document a process request is about.
    public struct DocumentPayload: Codable, Sendable {
        public var id: String
        public var metadata: [String: String]
        public var body: String

        public init(_ document: Document) {
            id = document.id
            metadata = document.metadata
            body = document.body
        }

        public var document: Document { Document(id: id, metadata: metadata, body: body) }
    }

    /// A failure a stage reports: a bad option (with its key) or a failed document.
    public struct Failure: Codable, Sendable, Equatable, Error, CustomStringConvertible {
        public var message: String
        /// The option at fault, for a `create` failure.
        public var key: String?
        public var hint: String?

        public init(message: String, key: String? = nil, hint: String? = nil) {
            self.message = message
            self.key = key
            self.hint = hint
        }

        public var description: String { message }
    }

    /// The request for one document: `{"document": …, "inputs": {port: artifact}}`,
    /// assembled from already encoded artifacts so none is decoded and encoded again.
    public static func processRequest(document: Document, inputs: [String: any Artifact]) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var bytes = Array(#"{"document":"#.utf8)
        bytes += try encoder.encode(DocumentPayload(document))
        bytes += Array(#","inputs":{"#.utf8)
        for (position, input) in inputs.sorted(by: { $0.key < $1.key }).enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes += try encoder.encode(input.key)
            bytes.append(UInt8(ascii: ":"))
            bytes += try encoded(input.value, encoder: encoder)
        }
        bytes += Array("}}".utf8)
        return bytes
    }

    /// A success response: `{"output": artifact}`, or `{"ok": true}` for `create`.
    public static func outputResponse(_ artifact: any Artifact) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(#"{"output":"#.utf8) + (try encoded(artifact, encoder: encoder)) + [UInt8(ascii: "}")]
    }

    /// An artifact's JSON, by its own writer when it has one (a token list is large).
    private static func encoded(_ artifact: any Artifact, encoder: JSONEncoder) throws -> [UInt8] {
        if let direct = artifact as? any DirectJSONEncodable {
            var writer = JSONWriter(capacity: 1 << 16)
            direct.writeJSON(to: &writer)
            return writer.bytes
        }
        return Array(try encoder.encode(artifact))
    }

    public static func failureResponse(_ failure: Failure) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let body = (try? encoder.encode(failure)).map(Array.init) ?? Array(#"{"message":"unencodable error"}"#.utf8)
        return Array(#"{"error":"#.utf8) + body + [UInt8(ascii: "}")]
    }

    public static let okResponse = Array(#"{"ok":true}"#.utf8)
}
