/// Decodes `Decodable` values from YAML nodes, with every error at its line and column.
///
/// It records which keys of each mapping the decoded type asked for; `unknownKeys()` then
/// lists the keys nobody asked for, so a misspelt option is reported instead of ignored.
final class YAMLDecoder {
    private(set) var askedKeys: [SourceLocation: Set<String>] = [:]
    private var fullyRead: Set<SourceLocation> = []

    func decode<T: Decodable>(_ type: T.Type, from node: YAMLNode) throws(Diagnostic) -> T {
        do {
            return try T(from: NodeDecoder(node: node, codingPath: [], owner: self))
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch let error as DecodingError {
            throw Self.diagnostic(for: error, in: node)
        } catch {
            throw Diagnostic(at: node.location, "\(error)")
        }
    }

    /// Keys present in the mappings `node` holds that the decoded type never asked for.
    func unknownKeys(in node: YAMLNode) -> [(key: YAMLNode, known: Set<String>)] {
        var found: [(key: YAMLNode, known: Set<String>)] = []
        func walk(_ node: YAMLNode) {
            switch node.kind {
            case .scalar:
                return
            case .sequence(let items):
                items.forEach(walk)
            case .mapping(let pairs):
                guard let asked = askedKeys[node.location], !fullyRead.contains(node.location) else {
                    if fullyRead.contains(node.location) { pairs.forEach { walk($0.value) } }
                    return
                }
                for pair in pairs {
                    if let key = pair.key.scalar?.text, asked.contains(key) {
                        walk(pair.value)
                    } else {
                        found.append((pair.key, asked))
                    }
                }
            }
        }
        walk(node)
        return found
    }

    fileprivate func noteAsked(_ key: String, in mapping: YAMLNode) {
        askedKeys[mapping.location, default: []].insert(key)
    }

    fileprivate func noteFullyRead(_ mapping: YAMLNode) {
        askedKeys[mapping.location, default: []] = askedKeys[mapping.location, default: []]
        fullyRead.insert(mapping.location)
    }

    /// Turns a `DecodingError` (from a type's own `init(from:)`) into a located diagnostic.
    static func diagnostic(for error: DecodingError, in root: YAMLNode) -> Diagnostic {
        let context: DecodingError.Context
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .keyNotFound(_, let c), .dataCorrupted(let c):
            context = c
        @unknown default:
            return Diagnostic(at: root.location, "\(error)")
        }
        let node = root.descendant(at: context.codingPath) ?? root
        let path = context.codingPath.map(\.stringValue).joined(separator: ".")
        var message = context.debugDescription
        if case .dataCorrupted = error, let text = node.scalar?.text {
            message = "'\(text)' is not a valid value" + (path.isEmpty ? "" : " for '\(path)'")
        }
        return Diagnostic(at: node.location, message)
    }
}

extension YAMLNode {
    /// The node a coding path leads to, as far as the path can be followed.
    func descendant(at path: [any CodingKey]) -> YAMLNode? {
        var node = self
        for key in path {
            if let index = key.intValue, let items = node.items, index < items.count {
                node = items[index]
            } else if let value = node[key.stringValue] {
                node = value
            } else {
                return node
            }
        }
        return node
    }
}

private struct NodeDecoder: Decoder {
    let node: YAMLNode
    let codingPath: [any CodingKey]
    let owner: YAMLDecoder
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard let pairs = node.pairs else { throw mismatch(expected: "a mapping") }
        return KeyedDecodingContainer(KeyedNodeContainer<Key>(
            mapping: node, pairs: pairs, codingPath: codingPath, owner: owner))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard let items = node.items else { throw mismatch(expected: "a sequence") }
        return UnkeyedNodeContainer(items: items, codingPath: codingPath, owner: owner)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleNodeContainer(node: node, codingPath: codingPath, owner: owner)
    }

    func mismatch(expected: String) -> Diagnostic {
        node.mismatch(expected: expected, path: codingPath)
    }
}

extension YAMLNode {
    fileprivate func mismatch(expected: String, path: [any CodingKey]) -> Diagnostic {
        let name = path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            .joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
        let subject = name.isEmpty ? "the value" : "'\(name)'"
        var found = kindDescription
        if let text = scalar?.text, found != "a mapping", found != "a sequence", found != "null" {
            found += " '\(text)'"
        }
        return Diagnostic(at: location, "\(subject) expects \(expected) but found \(found)")
    }
}

private struct KeyedNodeContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let mapping: YAMLNode
    let pairs: [YAMLPair]
    let codingPath: [any CodingKey]
    let owner: YAMLDecoder

    var allKeys: [Key] {
        owner.noteFullyRead(mapping)
        return pairs.compactMap { $0.key.scalar.flatMap { Key(stringValue: $0.text) } }
    }

    private func value(for key: Key) -> YAMLNode? {
        owner.noteAsked(key.stringValue, in: mapping)
        return pairs.first { $0.key.scalar?.text == key.stringValue }?.value
    }

    private func required(_ key: Key) throws -> YAMLNode {
        guard let node = value(for: key) else {
            throw Diagnostic(at: mapping.location, "missing required key '\(key.stringValue)'")
        }
        return node
    }

    func contains(_ key: Key) -> Bool { value(for: key) != nil }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let node = value(for: key) else { return true }
        if let scalar = node.scalar, scalar.resolved(tag: node.tag) == .null { return true }
        return false
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try T(from: NodeDecoder(node: required(key), codingPath: codingPath + [key], owner: owner))
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let node = value(for: key) else { return nil }
        if let scalar = node.scalar, scalar.resolved(tag: node.tag) == .null { return nil }
        return try T(from: NodeDecoder(node: node, codingPath: codingPath + [key], owner: owner))
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try NodeDecoder(node: required(key), codingPath: codingPath + [key], owner: owner)
            .container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try NodeDecoder(node: required(key), codingPath: codingPath + [key], owner: owner).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        NodeDecoder(node: mapping, codingPath: codingPath, owner: owner)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        NodeDecoder(node: try required(key), codingPath: codingPath + [key], owner: owner)
    }
}

private struct UnkeyedNodeContainer: UnkeyedDecodingContainer {
    let items: [YAMLNode]
    let codingPath: [any CodingKey]
    let owner: YAMLDecoder
    var currentIndex = 0

    init(items: [YAMLNode], codingPath: [any CodingKey], owner: YAMLDecoder) {
        self.items = items
        self.codingPath = codingPath
        self.owner = owner
    }

    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    private mutating func next() throws -> NodeDecoder {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(
                Any.self, .init(codingPath: codingPath, debugDescription: "the sequence has too few items"))
        }
        defer { currentIndex += 1 }
        return NodeDecoder(node: items[currentIndex], codingPath: codingPath + [IndexKey(currentIndex)], owner: owner)
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, let scalar = items[currentIndex].scalar,
            scalar.resolved(tag: items[currentIndex].tag) == .null
        else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try T(from: next())
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try next().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next().unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        try next()
    }
}

private struct SingleNodeContainer: SingleValueDecodingContainer {
    let node: YAMLNode
    let codingPath: [any CodingKey]
    let owner: YAMLDecoder

    private var value: YAMLValue? {
        node.scalar?.resolved(tag: node.tag)
    }

    func decodeNil() -> Bool { value == .null }

    func decode(_ type: Bool.Type) throws -> Bool {
        if case .bool(let flag) = value { return flag }
        if let scalar = node.scalar, scalar.style == .plain, node.tag == nil,
            let flag = YAMLScalar.yaml11Bool(scalar.text)
        {
            return flag
        }
        throw node.mismatch(expected: "a boolean (true or false)", path: codingPath)
    }

    func decode(_ type: String.Type) throws -> String {
        switch value {
        case .string(let text): return text
        // A plain `3` or `true` read where text is wanted is that text, as YAML users expect.
        case .int, .float, .bool: return node.scalar!.text
        default: throw node.mismatch(expected: "a string", path: codingPath)
        }
    }

    func decode(_ type: Double.Type) throws -> Double {
        switch value {
        case .float(let number): return number
        case .int(let number): return Double(number)
        default: throw node.mismatch(expected: "a number", path: codingPath)
        }
    }

    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }

    func decode(_ type: Int.Type) throws -> Int {
        if case .int(let number) = value { return number }
        if case .float(let number) = value, number.rounded() == number, let exact = Int(exactly: number) {
            return exact
        }
        throw node.mismatch(expected: "an integer", path: codingPath)
    }

    func decode(_ type: Int8.Type) throws -> Int8 { try narrow(Int8.self) }
    func decode(_ type: Int16.Type) throws -> Int16 { try narrow(Int16.self) }
    func decode(_ type: Int32.Type) throws -> Int32 { try narrow(Int32.self) }
    func decode(_ type: Int64.Type) throws -> Int64 { try narrow(Int64.self) }
    func decode(_ type: UInt.Type) throws -> UInt { try narrow(UInt.self) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try narrow(UInt8.self) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try narrow(UInt16.self) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try narrow(UInt32.self) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try narrow(UInt64.self) }

    private func narrow<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        let wide = try decode(Int.self)
        guard let narrow = T(exactly: wide) else {
            throw node.mismatch(expected: "an integer from \(T.min) to \(T.max)", path: codingPath)
        }
        return narrow
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try T(from: NodeDecoder(node: node, codingPath: codingPath, owner: owner))
    }
}

private struct IndexKey: CodingKey {
    var stringValue: String { "\(intValue!)" }
    var intValue: Int?
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}
