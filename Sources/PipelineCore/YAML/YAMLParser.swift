internal import CYaml

/// Builds `YAMLNode` trees from libyaml's event stream.
///
/// The libyaml parser has a Swift owner: it is set up in `init` and freed in `deinit`.
final class YAMLParser {
    private var parser = yaml_parser_t()
    private let bytes: [UInt8]
    private let file: String
    private let limits: YAMLLimits
    private var anchors: [String: YAMLNode] = [:]
    private var expandedNodes = 0

    /// A collection being built, with what it needs when it closes.
    private struct Frame {
        var isMapping: Bool
        var location: SourceLocation
        var tag: String?
        var anchor: String?
        var items: [YAMLNode] = []
    }

    private var stack: [Frame] = []

    init(bytes: [UInt8], file: String, limits: YAMLLimits) {
        self.bytes = bytes
        self.file = file
        self.limits = limits
        yaml_parser_initialize(&parser)
    }

    deinit {
        yaml_parser_delete(&parser)
    }

    /// Every document of the stream, in order.
    func documents() throws(Diagnostic) -> [YAMLNode] {
        if bytes.count > limits.maxBytes {
            throw Diagnostic(
                at: SourceLocation(file: file, line: 1, column: 1),
                "the YAML file is \(bytes.count) bytes, over the limit of \(limits.maxBytes)",
                hint: "a pipeline file is a few kilobytes; check that this is the file you meant")
        }
        try checkEncoding()
        return try bytes.withUnsafeBufferPointer { buffer throws(Diagnostic) in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            return try parseStream()
        }
    }

    private func parseStream() throws(Diagnostic) -> [YAMLNode] {
        var documents: [YAMLNode] = []
        var root: YAMLNode?
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else { throw parserError() }
            defer { yaml_event_delete(&event) }
            let location = self.location(event.start_mark)
            var finished: YAMLNode?
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return documents
            case YAML_DOCUMENT_START_EVENT:
                anchors.removeAll()
                expandedNodes = 0
                root = nil
            case YAML_DOCUMENT_END_EVENT:
                documents.append(root ?? YAMLNode(kind: .scalar(YAMLScalar(text: "", style: .plain)), location: location))
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let text = string(scalar.value, length: scalar.length)
                let tag = try checkedTag(scalar.tag, at: location, allowed: YAMLTag.scalarTags)
                let node = YAMLNode(
                    kind: .scalar(YAMLScalar(text: text, style: style(scalar.style))),
                    location: location, tag: tag)
                try count(1, at: location)
                try register(node, anchor: scalar.anchor)
                finished = node
            case YAML_ALIAS_EVENT:
                let name = string(event.data.alias.anchor)
                guard let node = anchors[name] else {
                    throw Diagnostic(at: location, "the alias '*\(name)' names no anchor defined before it")
                }
                try count(node.size, at: location)
                var copy = node
                copy.location = location
                finished = copy
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let tagPointer = isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag
                let anchorPointer = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
                let tag = try checkedTag(
                    tagPointer, at: location, allowed: [isMapping ? YAMLTag.map : YAMLTag.seq, YAMLTag.nonSpecific])
                guard stack.count < limits.maxDepth else {
                    throw Diagnostic(
                        at: location, "the YAML nests deeper than \(limits.maxDepth) levels",
                        hint: "a pipeline needs a handful of levels; this file is likely malformed or hostile")
                }
                try count(1, at: location)
                stack.append(Frame(
                    isMapping: isMapping, location: location, tag: tag,
                    anchor: anchorPointer.map { string($0) }))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                let frame = stack.removeLast()
                let node = try close(frame)
                if let anchor = frame.anchor { anchors[anchor] = node }
                finished = node
            default:
                break
            }
            if let finished {
                if stack.isEmpty {
                    root = finished
                } else {
                    stack[stack.count - 1].items.append(finished)
                }
            }
        }
    }

    private func close(_ frame: Frame) throws(Diagnostic) -> YAMLNode {
        guard frame.isMapping else {
            return YAMLNode(kind: .sequence(frame.items), location: frame.location, tag: frame.tag)
        }
        var pairs: [YAMLPair] = []
        pairs.reserveCapacity(frame.items.count / 2)
        var seen: [YAMLValue: SourceLocation] = [:]
        var index = 0
        while index + 1 < frame.items.count {
            let key = frame.items[index]
            let value = frame.items[index + 1]
            if let scalar = key.scalar {
                let resolved = scalar.resolved(tag: key.tag)
                if let first = seen[resolved] {
                    throw Diagnostic(
                        at: key.location, "duplicate key '\(scalar.text)' in a mapping",
                        hint: "the first '\(scalar.text)' is at \(first.line):\(first.column); keep one")
                }
                seen[resolved] = key.location
            }
            pairs.append(YAMLPair(key: key, value: value))
            index += 2
        }
        return YAMLNode(kind: .mapping(pairs), location: frame.location, tag: frame.tag)
    }

    private func register(_ node: YAMLNode, anchor: UnsafeMutablePointer<yaml_char_t>?) throws(Diagnostic) {
        if let anchor { anchors[string(anchor)] = node }
    }

    private func count(_ nodes: Int, at location: SourceLocation) throws(Diagnostic) {
        expandedNodes += nodes
        if expandedNodes > limits.maxNodes {
            throw Diagnostic(
                at: location,
                "the YAML expands to more than \(limits.maxNodes) nodes",
                hint: "aliases that repeat anchors which repeat anchors grow exponentially (a 'billion laughs' file)")
        }
    }

    private func checkedTag(
        _ pointer: UnsafeMutablePointer<yaml_char_t>?, at location: SourceLocation, allowed: Set<String>
    ) throws(Diagnostic) -> String? {
        guard let pointer else { return nil }
        let tag = string(pointer)
        guard allowed.contains(tag) else {
            let shown = tag.hasPrefix("tag:yaml.org,2002:") ? "!!" + tag.dropFirst(18) : tag
            throw Diagnostic(
                at: location, "the tag '\(shown)' is not supported",
                hint: "only YAML's core tags (!!str, !!int, !!float, !!bool, !!null, !!map, !!seq) are read")
        }
        return tag
    }

    private func checkEncoding() throws(Diagnostic) {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw Diagnostic(
                at: SourceLocation(file: file, line: 1, column: 1),
                "the file is UTF-16, not UTF-8", hint: "save it as UTF-8")
        }
        var line = 1
        var column = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput:
                return
            case .error:
                throw Diagnostic(
                    at: SourceLocation(file: file, line: line, column: column),
                    "the file is not valid UTF-8", hint: "save it as UTF-8")
            }
        }
    }

    private func parserError() -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "malformed YAML"
        var message = problem
        if let context = parser.context.map({ String(cString: $0) }) {
            message = "\(problem) \(context)"
        }
        return Diagnostic(at: location(parser.problem_mark), message)
    }

    private func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    private func style(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>, length: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>) -> String {
        String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
    }
}
