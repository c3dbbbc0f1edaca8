/// The stages a pipeline may use, by name. A value: build one, pass it to the loader.
public struct StageRegistry: Sendable {
    private var entries: [String: RegisteredStage] = [:]
    /// Names in registration order, so listings are stable.
    public private(set) var names: [String] = []

    public init() {}

    /// Adds a Swift stage type. A name that is already registered is an error, never an overwrite.
    public mutating func register<S: Stage>(_ type: S.Type, origin: String = "built-in") throws(RegistryError) {
        try register(RegisteredStage(type, origin: origin))
    }

    public mutating func register(_ stage: RegisteredStage) throws(RegistryError) {
        let name = stage.description.name
        if let existing = entries[name] {
            throw .duplicateName(name, existingOrigin: existing.description.origin, newOrigin: stage.description.origin)
        }
        entries[name] = stage
        names.append(name)
    }

    public subscript(name: String) -> RegisteredStage? {
        entries[name]
    }

    public var stages: [RegisteredStage] {
        names.compactMap { entries[$0] }
    }
}

public enum RegistryError: Error, Sendable, CustomStringConvertible {
    case duplicateName(String, existingOrigin: String, newOrigin: String)

    public var description: String {
        switch self {
        case .duplicateName(let name, let existing, let new):
            "stage '\(name)' from \(new) is already registered from \(existing); rename one of them"
        }
    }
}
