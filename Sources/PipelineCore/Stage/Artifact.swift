/// A typed value one stage writes and others read: a plain `Codable` struct with offsets.
///
/// Ports are checked by `artifactName` when a pipeline loads, so two artifact types must
/// not share a name. The name defaults to the Swift type's name.
public protocol Artifact: Codable, Sendable {
    /// The name diagnostics and `pipeline stages` show, and ports match on.
    static var artifactName: String { get }
}

extension Artifact {
    public static var artifactName: String { String(describing: Self.self) }
}
