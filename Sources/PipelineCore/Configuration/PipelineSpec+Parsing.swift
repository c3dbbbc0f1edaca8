extension PipelineSpec {
    static let topLevelKeys = ["name", "input", "stages", "output", "plugins"]
    static let stageKeys = ["id", "uses", "inputs", "with"]

    /// Reads the spec from the file's root node, appending a diagnostic for every problem.
    static func parse(_ root: YAMLNode, diagnostics: inout [Diagnostic]) -> PipelineSpec {
        var spec = PipelineSpec(name: "pipeline", inputFormat: .article, stages: [], plugins: [])
        guard let pairs = root.pairs else {
            diagnostics.append(Diagnostic(
                at: root.location, "a pipeline file must be a mapping with 'stages', but found \(root.kindDescription)",
                hint: "start from pipelines/news.yaml"))
            return spec
        }
        checkKeys(pairs, allowed: topLevelKeys, what: "pipeline", diagnostics: &diagnostics)

        if let node = root["name"] {
            if let name = node.string { spec.name = name } else { diagnostics.append(expected("a string", "name", node)) }
        }
        if let input = root["input"] {
            parseInput(input, into: &spec, diagnostics: &diagnostics)
        }
        if let plugins = root["plugins"] {
            spec.plugins = strings(plugins, key: "plugins", diagnostics: &diagnostics)
        }
        if let stages = root["stages"] {
            if let items = stages.items {
                if items.isEmpty {
                    diagnostics.append(Diagnostic(at: stages.location, "'stages' is empty", hint: "add at least one stage"))
                }
                spec.stages = items.compactMap { parseStage($0, diagnostics: &diagnostics) }
            } else {
                diagnostics.append(expected("a sequence of stages", "stages", stages))
            }
        } else {
            diagnostics.append(Diagnostic(
                at: root.location, "the pipeline has no 'stages'",
                hint: "add 'stages:' with entries like '- id: tokens' and 'uses: tokenize'"))
        }
        if let output = root["output"] {
            if let outputPairs = output.pairs {
                checkKeys(outputPairs, allowed: ["stages"], what: "output", diagnostics: &diagnostics)
                if let stages = output["stages"] {
                    spec.outputStages = strings(stages, key: "output.stages", diagnostics: &diagnostics)
                }
            } else {
                diagnostics.append(expected("a mapping", "output", output))
            }
        }
        return spec
    }

    private static func parseInput(_ node: YAMLNode, into spec: inout PipelineSpec, diagnostics: inout [Diagnostic]) {
        guard let pairs = node.pairs else {
            diagnostics.append(expected("a mapping such as '{ format: article }'", "input", node))
            return
        }
        checkKeys(pairs, allowed: ["format", "glob"], what: "input", diagnostics: &diagnostics)
        if let format = node["format"] {
            if let text = format.string, let value = InputFormat(rawValue: text) {
                spec.inputFormat = value
            } else {
                let names = InputFormat.allCases.map(\.rawValue)
                let written = format.scalar?.text ?? format.kindDescription
                diagnostics.append(Diagnostic(
                    at: format.location, "unknown input format '\(written)'",
                    hint: NameSuggester.nearest(to: written, among: names).map { "did you mean '\($0)'?" }
                        ?? "use one of: \(names.joined(separator: ", "))"))
            }
        }
        if let glob = node["glob"] {
            if let text = glob.string { spec.inputGlob = text } else { diagnostics.append(expected("a string", "input.glob", glob)) }
        }
    }

    private static func parseStage(_ node: YAMLNode, diagnostics: inout [Diagnostic]) -> StageEntry? {
        guard let pairs = node.pairs else {
            diagnostics.append(expected("a mapping with 'id' and 'uses'", "stage", node))
            return nil
        }
        checkKeys(pairs, allowed: stageKeys, what: "stage", diagnostics: &diagnostics)
        guard let uses = node["uses"] else {
            diagnostics.append(Diagnostic(
                at: node.location, "the stage has no 'uses'", hint: "name the stage type, e.g. 'uses: tokenize'"))
            return nil
        }
        guard let usesName = uses.string else {
            diagnostics.append(expected("a stage name", "uses", uses))
            return nil
        }
        var id = Located(value: usesName, location: uses.location)
        if let idNode = node["id"] {
            guard let text = idNode.string else {
                diagnostics.append(expected("a string", "id", idNode))
                return nil
            }
            id = Located(value: text, location: idNode.location)
            if text.isEmpty || text == "document" || text.contains(where: { $0.isWhitespace || $0 == "/" }) {
                diagnostics.append(Diagnostic(
                    at: idNode.location, "'\(text)' cannot be a stage id",
                    hint: "use letters, digits, '-' or '_'; 'document' names the document body"))
            }
        }
        var inputs: [(port: Located<String>, source: Located<String>)] = []
        if let inputNode = node["inputs"] {
            if let inputPairs = inputNode.pairs {
                for pair in inputPairs {
                    guard let port = pair.key.string, let source = pair.value.string else {
                        diagnostics.append(expected("a stage id", "inputs", pair.value))
                        continue
                    }
                    inputs.append((Located(value: port, location: pair.key.location),
                                   Located(value: source, location: pair.value.location)))
                }
            } else {
                diagnostics.append(expected("a mapping of input names to stage ids", "inputs", inputNode))
            }
        }
        return StageEntry(
            id: id, uses: Located(value: usesName, location: uses.location), inputs: inputs,
            options: node["with"], location: node.location)
    }

    private static func strings(_ node: YAMLNode, key: String, diagnostics: inout [Diagnostic]) -> [Located<String>] {
        guard let items = node.items else {
            diagnostics.append(expected("a sequence of strings", key, node))
            return []
        }
        return items.compactMap { item in
            guard let text = item.string else {
                diagnostics.append(expected("a string", key, item))
                return nil
            }
            return Located(value: text, location: item.location)
        }
    }

    private static func checkKeys(
        _ pairs: [YAMLPair], allowed: [String], what: String, diagnostics: inout [Diagnostic]
    ) {
        for pair in pairs {
            let key = pair.key.scalar?.text ?? ""
            guard !allowed.contains(key) else { continue }
            let hint = NameSuggester.nearest(to: key, among: allowed).map { "did you mean '\($0)'?" }
                ?? "keys here: \(allowed.joined(separator: ", "))"
            diagnostics.append(Diagnostic(at: pair.key.location, "unknown key '\(key)' in \(what)", hint: hint))
        }
    }

    private static func expected(_ what: String, _ key: String, _ node: YAMLNode) -> Diagnostic {
        Diagnostic(at: node.location, "'\(key)' expects \(what) but found \(node.kindDescription)")
    }
}
