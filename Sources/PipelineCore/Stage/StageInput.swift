/// The inputs of one stage for one document: the document itself and each wired port's artifact.
public struct StageInput: Sendable {
    public let document: Document
    /// Each wired port and its artifact. A stage has a handful of ports, so comparing names
    /// costs less than hashing them into a dictionary for every stage of every document.
    let ports: [(name: String, artifact: any Artifact)]

    public init(document: Document, artifacts: [String: any Artifact]) {
        self.document = document
        self.ports = artifacts.map { (name: $0.key, artifact: $0.value) }
    }

    /// Ports with distinct names, as the executor wires them.
    init(document: Document, ports: [(name: String, artifact: any Artifact)]) {
        self.document = document
        self.ports = ports
    }

    /// The artifacts by port, for the plugin and `exec` stages that send them on.
    var artifacts: [String: any Artifact] {
        Dictionary(ports, uniquingKeysWith: { first, _ in first })
    }

    /// The artifact on a required port.
    public func required<A: Artifact>(_ port: String, as type: A.Type = A.self) throws(StageInputError) -> A {
        guard let artifact = try optional(port, as: type) else { throw .missing(port: port) }
        return artifact
    }

    /// The artifact on an optional port, or nil when the port is not wired.
    public func optional<A: Artifact>(_ port: String, as type: A.Type = A.self) throws(StageInputError) -> A? {
        guard let artifact = ports.first(where: { $0.name == port })?.artifact else { return nil }
        // The usual case first: one cast, where testing for a plugin's output first took two.
        if let typed = artifact as? A { return typed }
        if let json = artifact as? JSONArtifact {
            // Output of a plugin or `exec` stage whose type this process knew only by name.
            do { return try json.decode(A.self) } catch {
                throw .typeMismatch(port: port, expected: A.artifactName, actual: "\(json.typeName) (\(ArtifactDecoder.describe(error)))")
            }
        }
        throw .typeMismatch(port: port, expected: A.artifactName, actual: Swift.type(of: artifact).artifactName)
    }
}

/// A stage asked for an input the engine did not give it: a bug in the stage's port list.
public enum StageInputError: Error, Sendable, CustomStringConvertible {
    case missing(port: String)
    case typeMismatch(port: String, expected: String, actual: String)

    public var description: String {
        switch self {
        case .missing(let port):
            "input '\(port)' is not wired; declare it in the stage's inputs"
        case .typeMismatch(let port, let expected, let actual):
            "input '\(port)' holds \(actual) but the stage asked for \(expected)"
        }
    }
}
