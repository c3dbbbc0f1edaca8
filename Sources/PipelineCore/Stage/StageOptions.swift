/// The options a stage reads from its `with:` map.
///
/// `init()` gives the defaults. When a pipeline loads, the keys the user wrote are laid over
/// the encoded defaults and the result decoded, so a plain struct with default property
/// values and synthesized `Codable` is enough: keys left out keep their defaults, unknown
/// keys and wrong types are diagnostics at their line and column. Name keys in snake_case.
public protocol StageOptions: Codable, Sendable {
    init()
}

/// The options of a stage that has none; any key under `with:` is then an error.
public struct NoOptions: StageOptions, Equatable {
    public init() {}
}
