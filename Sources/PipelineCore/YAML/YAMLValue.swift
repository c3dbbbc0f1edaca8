/// A scalar's value under the YAML 1.2 core schema.
enum YAMLValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
}

extension YAMLScalar {
    /// Resolves the scalar by its tag, or for a plain scalar without one by the core schema.
    ///
    /// Quoted and block scalars are strings unless a tag says otherwise, as YAML 1.2 has it.
    func resolved(tag: String?) -> YAMLValue {
        switch tag {
        case YAMLTag.string, YAMLTag.nonSpecific: return .string(text)
        case YAMLTag.null: return .null
        case YAMLTag.bool: return Self.bool(text).map(YAMLValue.bool) ?? .string(text)
        case YAMLTag.int: return Self.int(text).map(YAMLValue.int) ?? .string(text)
        case YAMLTag.float:
            return Self.float(text).map(YAMLValue.float)
                ?? Self.int(text).map { .float(Double($0)) } ?? .string(text)
        default: break
        }
        guard style == .plain else { return .string(text) }
        if Self.isNull(text) { return .null }
        if let value = Self.bool(text) { return .bool(value) }
        if let value = Self.int(text) { return .int(value) }
        if let value = Self.float(text) { return .float(value) }
        return .string(text)
    }

    static func isNull(_ text: String) -> Bool {
        text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    static func bool(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": true
        case "false", "False", "FALSE": false
        default: nil
        }
    }

    /// YAML 1.1 booleans (`yes`, `on`, …), accepted only where a boolean is expected.
    static func yaml11Bool(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "yes", "y", "on": true
        case "no", "n", "off": false
        default: nil
        }
    }

    static func int(_ text: String) -> Int? {
        var body = Substring(text)
        if body.hasPrefix("0x") { return Int(body.dropFirst(2), radix: 16) }
        if body.hasPrefix("0o") { return Int(body.dropFirst(2), radix: 8) }
        var negative = false
        if let sign = body.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            body = body.dropFirst()
        }
        guard !body.isEmpty, body.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Int(negative ? "-" + body : body)
    }

    static func float(_ text: String) -> Double? {
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        // The core schema's pattern: [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
        var bytes = Array(text.utf8)[...]
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            bytes = bytes.dropFirst()
        }
        func digits() -> Int {
            let count = bytes.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
            bytes = bytes.dropFirst(count)
            return count
        }
        let whole = digits()
        var fraction = 0
        var hasDot = false
        if bytes.first == UInt8(ascii: ".") {
            hasDot = true
            bytes = bytes.dropFirst()
            fraction = digits()
        }
        guard whole > 0 || (hasDot && fraction > 0) else { return nil }
        if let e = bytes.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
                bytes = bytes.dropFirst()
            }
            guard digits() > 0 else { return nil }
        }
        guard bytes.isEmpty else { return nil }
        return Double(text)
    }
}

/// The tags the loader understands. Any other tag is refused: a tag that names a type
/// is how YAML loaders in other languages were made to construct objects.
enum YAMLTag {
    static let string = "tag:yaml.org,2002:str"
    static let int = "tag:yaml.org,2002:int"
    static let float = "tag:yaml.org,2002:float"
    static let bool = "tag:yaml.org,2002:bool"
    static let null = "tag:yaml.org,2002:null"
    static let map = "tag:yaml.org,2002:map"
    static let seq = "tag:yaml.org,2002:seq"
    static let nonSpecific = "!"

    static let scalarTags: Set = [string, int, float, bool, null, nonSpecific]
}
