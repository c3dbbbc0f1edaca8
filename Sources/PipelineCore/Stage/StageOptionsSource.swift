import Foundation

/// A stage's `with:` map as the user wrote it, ready to be decoded into its options.
public struct StageOptionsSource: Sendable {
    /// The `with:` mapping, or nil when the stage has none.
    let node: YAMLNode?
    /// Where defaults are reported when there is no `with:` (the stage entry).
    let location: SourceLocation

    init(node: YAMLNode?, location: SourceLocation) {
        self.node = node
        self.location = location
    }

    /// Options from a JSON object, for stages set up outside a pipeline file (tests, tools).
    public init(json: String, file: String = "<options>") throws(Diagnostic) {
        let root = try YAMLLoader.load(Array(json.utf8), file: file)
        self.init(node: root, location: root.location)
    }

    /// The defaults of `O` with the user's keys laid over them, decoded.
    ///
    /// Throws a `DiagnosticList` of every unknown key, or the first type error, each located.
    public func decode<O: StageOptions>(_ type: O.Type) throws -> O {
        if let node, node.pairs == nil, node.scalar?.resolved(tag: node.tag) != .null {
            throw Diagnostic(at: node.location, "'with' expects a mapping of options but found \(node.kindDescription)")
        }
        let userPairs = node?.pairs ?? []
        var merged = try defaultPairs(O.self)
        for pair in userPairs {
            if let index = merged.firstIndex(where: { $0.key.scalar?.text == pair.key.scalar?.text }) {
                merged[index] = pair
            } else {
                merged.append(pair)
            }
        }
        let root = YAMLNode(kind: .mapping(merged), location: node?.location ?? location)
        let decoder = YAMLDecoder()
        let options = try decoder.decode(O.self, from: root)
        let unknown = decoder.unknownKeys(in: root)
        if !unknown.isEmpty {
            throw DiagnosticList(unknown.map { key, known in
                let name = key.scalar?.text ?? "?"
                let suggestion = NameSuggester.nearest(to: name, among: known)
                return Diagnostic(
                    at: key.location, "unknown option '\(name)'",
                    hint: suggestion.map { "did you mean '\($0)'?" }
                        ?? (known.isEmpty ? "this stage takes no options" : "options here: \(known.sorted().joined(separator: ", "))"))
            })
        }
        return options
    }

    /// The user's options as JSON, for stages that decode them elsewhere (plugins).
    public func json() -> JSONValue {
        node.map(Self.json(of:)) ?? .object([:])
    }

    private static func json(of node: YAMLNode) -> JSONValue {
        switch node.kind {
        case .scalar(let scalar):
            switch scalar.resolved(tag: node.tag) {
            case .null: return .null
            case .bool(let value): return .bool(value)
            case .int(let value): return .int(value)
            case .float(let value): return .double(value)
            case .string(let value): return .string(value)
            }
        case .sequence(let items):
            return .array(items.map(json(of:)))
        case .mapping(let pairs):
            var object: [String: JSONValue] = [:]
            for pair in pairs { object[pair.key.scalar?.text ?? ""] = json(of: pair.value) }
            return .object(object)
        }
    }

    private func defaultPairs<O: StageOptions>(_ type: O.Type) throws -> [YAMLPair] {
        let data = try JSONEncoder().encode(O())
        let value = try JSONDecoder().decode(JSONValue.self, from: data)
        var line = 0
        // Each default node gets a place of its own in a pseudo-file, so the decoder's
        // per-mapping bookkeeping never mixes a default mapping with one the user wrote.
        func node(_ value: JSONValue) -> YAMLNode {
            line += 1
            let location = SourceLocation(file: "<defaults>", line: line, column: 1)
            func scalar(_ text: String, _ tag: String) -> YAMLNode {
                YAMLNode(kind: .scalar(YAMLScalar(text: text, style: .plain)), location: location, tag: tag)
            }
            switch value {
            case .null: return scalar("null", YAMLTag.null)
            case .bool(let flag): return scalar(flag ? "true" : "false", YAMLTag.bool)
            case .int(let number): return scalar(String(number), YAMLTag.int)
            case .double(let number): return scalar(String(number), YAMLTag.float)
            case .string(let text): return scalar(text, YAMLTag.string)
            case .array(let items): return YAMLNode(kind: .sequence(items.map(node)), location: location)
            case .object(let object):
                let pairs = object.keys.sorted().map { key in
                    YAMLPair(key: scalar(key, YAMLTag.string), value: node(object[key]!))
                }
                return YAMLNode(kind: .mapping(pairs), location: location)
            }
        }
        return node(value).pairs ?? []
    }
}
