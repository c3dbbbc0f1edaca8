/// Loads YAML text into node trees. The only door into the YAML layer.
enum YAMLLoader {
    /// The single document of `bytes`; an empty file is an empty plain scalar (null).
    static func load(
        _ bytes: [UInt8], file: String, limits: YAMLLimits = YAMLLimits()
    ) throws(Diagnostic) -> YAMLNode {
        let documents = try loadAll(bytes, file: file, limits: limits)
        if documents.count > 1 {
            throw Diagnostic(
                at: documents[1].location, "the file holds \(documents.count) YAML documents; a pipeline is one",
                hint: "remove the '---' that starts a second document")
        }
        return documents.first
            ?? YAMLNode(kind: .scalar(YAMLScalar(text: "", style: .plain)),
                        location: SourceLocation(file: file, line: 1, column: 1))
    }

    static func loadAll(
        _ bytes: [UInt8], file: String, limits: YAMLLimits = YAMLLimits()
    ) throws(Diagnostic) -> [YAMLNode] {
        try YAMLParser(bytes: bytes, file: file, limits: limits).documents()
    }
}
