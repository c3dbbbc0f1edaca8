/// A named input of a stage and the artifact type it accepts.
public struct InputPort: Sendable, Hashable, Codable {
    public var name: String
    /// The `artifactName` of the accepted type; ports are wired and checked by it.
    public var type: String
    public var isRequired: Bool

    public init(name: String, type: String, isRequired: Bool = true) {
        self.name = name
        self.type = type
        self.isRequired = isRequired
    }

    /// A port that must be wired for the stage to run.
    public static func required<A: Artifact>(_ name: String, _ type: A.Type) -> InputPort {
        InputPort(name: name, type: A.artifactName, isRequired: true)
    }

    /// A port wired only when the pipeline has a stage of its type (or names one).
    public static func optional<A: Artifact>(_ name: String, _ type: A.Type) -> InputPort {
        InputPort(name: name, type: A.artifactName, isRequired: false)
    }

    enum CodingKeys: String, CodingKey {
        case name, type
        case isRequired = "required"
    }
}
