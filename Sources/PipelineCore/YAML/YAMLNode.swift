/// A YAML node with the place it was written: the tree the loader builds and the decoder reads.
///
/// Aliases are already resolved: an alias is a copy of its anchor's node (copy-on-write, so
/// sharing costs nothing), which is why the parser bounds how many nodes aliases may add.
struct YAMLNode: Sendable {
    enum Kind: Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    var kind: Kind
    var location: SourceLocation
    /// The resolved tag (`tag:yaml.org,2002:str`) when one was written, else nil.
    var tag: String?
    /// How many nodes this subtree holds, counting every copy made by an alias.
    /// Stored, not computed: walking an alias-expanded tree is what a billion-laughs file exploits.
    let size: Int

    init(kind: Kind, location: SourceLocation, tag: String? = nil) {
        self.kind = kind
        self.location = location
        self.tag = tag
        switch kind {
        case .scalar: size = 1
        case .sequence(let items): size = items.reduce(1) { $0 &+ $1.size }
        case .mapping(let pairs): size = pairs.reduce(1) { $0 &+ $1.key.size &+ $1.value.size }
        }
    }

    /// A short name for diagnostics: "a mapping", "a sequence", "the string 'x'".
    var kindDescription: String {
        switch kind {
        case .scalar(let scalar):
            switch scalar.resolved(tag: tag) {
            case .null: "null"
            case .bool: "a boolean"
            case .int: "an integer"
            case .float: "a number"
            case .string: "a string"
            }
        case .sequence: "a sequence"
        case .mapping: "a mapping"
        }
    }

    var scalar: YAMLScalar? {
        if case .scalar(let scalar) = kind { return scalar }
        return nil
    }

    var pairs: [YAMLPair]? {
        if case .mapping(let pairs) = kind { return pairs }
        return nil
    }

    var items: [YAMLNode]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    /// The value of `key` in a mapping whose keys are plain strings.
    subscript(key: String) -> YAMLNode? {
        pairs?.first { $0.key.scalar?.text == key }?.value
    }

    /// The scalar's text when this node is a scalar that resolves to a string.
    var string: String? {
        guard let scalar, case .string(let text) = scalar.resolved(tag: tag) else { return nil }
        return text
    }
}

struct YAMLPair: Sendable {
    var key: YAMLNode
    var value: YAMLNode
}

/// A scalar as written: its text after escapes and folding, and how it was quoted.
struct YAMLScalar: Sendable, Hashable {
    enum Style: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    var text: String
    var style: Style
}
