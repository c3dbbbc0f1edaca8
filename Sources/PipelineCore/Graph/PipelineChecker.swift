/// Checks a parsed spec: stage types, ids, wiring, types, cycles and options.
struct PipelineChecker {
    let spec: PipelineSpec
    let registry: StageRegistry
    let baseDirectory: String

    init(spec: PipelineSpec, registry: StageRegistry, baseDirectory: String) {
        self.spec = spec
        self.registry = registry
        self.baseDirectory = baseDirectory
    }

    private struct Resolved {
        var entry: PipelineSpec.StageEntry
        var stage: RegisteredStage
        var afterUnresolved = false
        var inputs: [String: ArtifactSource] = [:]
    }

    mutating func check(diagnostics: inout [Diagnostic]) -> Pipeline? {
        var resolved: [Resolved] = []
        var seen: [String: SourceLocation] = [:]
        // A stage of unknown type might have fed the ones below it: don't pile on.
        var unresolvedAbove = false
        for entry in spec.stages {
            if let first = seen[entry.id.value] {
                diagnostics.append(Diagnostic(
                    at: entry.id.location, "duplicate stage id '\(entry.id.value)'",
                    hint: "the first is at \(first.line):\(first.column); give each stage its own 'id'"))
                continue
            }
            seen[entry.id.value] = entry.id.location
            guard var stage = registry[entry.uses.value] else {
                let suggestion = NameSuggester.nearest(to: entry.uses.value, among: registry.names)
                diagnostics.append(Diagnostic(
                    at: entry.uses.location, "unknown stage type '\(entry.uses.value)'",
                    hint: suggestion.map { "did you mean '\($0)'?" }
                        ?? "`pipeline stages` lists the stage types: \(registry.names.joined(separator: ", "))"))
                unresolvedAbove = true
                continue
            }
            if let specialize = stage.specialize {
                do {
                    stage = try specialize(StageOptionsSource(node: entry.options, location: entry.location))
                } catch {
                    diagnostics.append(contentsOf: Self.optionDiagnostics(for: error, entry: entry))
                    unresolvedAbove = true
                    continue
                }
            }
            resolved.append(Resolved(entry: entry, stage: stage, afterUnresolved: unresolvedAbove))
        }
        let outputTypes = Dictionary(
            resolved.map { ($0.entry.id.value, $0.stage.description.output) }, uniquingKeysWith: { a, _ in a })

        for index in resolved.indices {
            wire(&resolved[index], upstream: resolved[..<index], outputTypes: outputTypes, diagnostics: &diagnostics)
        }

        let order = StageGraph(
            ids: resolved.map(\.entry.id.value),
            dependencies: resolved.map { Set($0.inputs.values.compactMap { if case .stage(let id) = $0 { id } else { nil } }) })
        let sorted: [Int]
        switch order.topologicalOrder() {
        case .success(let indices):
            sorted = indices
        case .failure(let error):
            let cycle = error.indices
            let start = resolved[cycle.first!].entry
            let path = (cycle + [cycle.first!]).map { "'\(resolved[$0].entry.id.value)'" }.joined(separator: " -> ")
            diagnostics.append(Diagnostic(
                at: start.location, "the stages form a cycle: \(path)",
                hint: "a stage cannot read, directly or not, its own output; change one of these 'inputs'"))
            sorted = []
        }

        var stages: [PipelineStage] = []
        for index in sorted {
            let item = resolved[index]
            let context = StageContext(stageID: item.entry.id.value, baseDirectory: baseDirectory)
            let source = StageOptionsSource(node: item.entry.options, location: item.entry.location)
            do {
                let runner = try item.stage.makeRunner(source, context)
                stages.append(PipelineStage(
                    id: item.entry.id.value, description: item.stage.description, inputs: item.inputs, runner: runner))
            } catch {
                diagnostics.append(contentsOf: Self.optionDiagnostics(for: error, entry: item.entry))
            }
        }

        var outputIDs: [String]?
        if let requested = spec.outputStages {
            for name in requested where seen[name.value] == nil {
                let suggestion = NameSuggester.nearest(to: name.value, among: seen.keys)
                diagnostics.append(Diagnostic(
                    at: name.location, "output names unknown stage '\(name.value)'",
                    hint: suggestion.map { "did you mean '\($0)'?" }))
            }
            let wanted = Set(requested.map(\.value))
            outputIDs = stages.map(\.id).filter(wanted.contains)
        }
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return nil }
        return Pipeline(
            name: spec.name, inputFormat: spec.inputFormat, inputGlob: spec.inputGlob, stages: stages,
            outputStageIDs: outputIDs, plugins: spec.plugins.map { StageContext(stageID: "", baseDirectory: baseDirectory).resolvePath($0.value) })
    }

    /// Wires each port: by the name given under `inputs:`, else by type from the stages above it.
    private func wire(
        _ item: inout Resolved, upstream: ArraySlice<Resolved>, outputTypes: [String: String],
        diagnostics: inout [Diagnostic]
    ) {
        let id = item.entry.id.value
        let ports = item.stage.description.inputs
        for (port, source) in item.entry.inputs {
            guard let declared = ports.first(where: { $0.name == port.value }) else {
                let suggestion = NameSuggester.nearest(to: port.value, among: ports.map(\.name))
                diagnostics.append(Diagnostic(
                    at: port.location, "stage '\(id)' has no input '\(port.value)'",
                    hint: suggestion.map { "did you mean '\($0)'?" }
                        ?? (ports.isEmpty ? "'\(item.entry.uses.value)' takes no inputs"
                            : "its inputs: \(ports.map(\.name).joined(separator: ", "))")))
                continue
            }
            if source.value == "document" {
                if declared.type != Text.artifactName {
                    diagnostics.append(Diagnostic(
                        at: source.location,
                        "stage '\(id)' input '\(port.value)' expects \(declared.type) but 'document' produces \(Text.artifactName)"))
                }
                item.inputs[port.value] = .document
                continue
            }
            guard let produced = outputTypes[source.value] else {
                let suggestion = NameSuggester.nearest(to: source.value, among: outputTypes.keys)
                diagnostics.append(Diagnostic(
                    at: source.location, "stage '\(id)' input '\(port.value)' names unknown stage '\(source.value)'",
                    hint: suggestion.map { "did you mean '\($0)'?" } ?? "name a stage id of this file, or 'document'"))
                continue
            }
            guard produced == declared.type else {
                let candidates = upstream.filter { $0.stage.description.output == declared.type }.map(\.entry.id.value)
                diagnostics.append(Diagnostic(
                    at: source.location,
                    "stage '\(id)' input '\(port.value)' expects \(declared.type) but '\(source.value)' produces \(produced)",
                    hint: candidates.isEmpty ? nil : "'\(candidates.joined(separator: "', '"))' produces \(declared.type)"))
                continue
            }
            item.inputs[port.value] = .stage(source.value)
        }
        for port in ports where item.entry.inputs.allSatisfy({ $0.port.value != port.name }) {
            let candidates = upstream.filter { $0.stage.description.output == port.type }.map(\.entry.id.value)
            switch candidates.count {
            case 1:
                item.inputs[port.name] = .stage(candidates[0])
            case 0 where port.type == Text.artifactName:
                item.inputs[port.name] = .document
            case 0:
                guard port.isRequired, !item.afterUnresolved else { continue }
                let producers = registry.stages.filter { $0.description.output == port.type }.map(\.description.name)
                diagnostics.append(Diagnostic(
                    at: item.entry.uses.location,
                    "stage '\(id)' needs input '\(port.name)' of type \(port.type), but no stage above it produces one",
                    hint: producers.isEmpty ? "wire it under 'inputs:'"
                        : "add a stage that uses \(producers.map { "'\($0)'" }.joined(separator: " or ")) before it"))
            default:
                diagnostics.append(Diagnostic(
                    at: item.entry.uses.location,
                    "stage '\(id)' input '\(port.name)' could come from \(candidates.map { "'\($0)'" }.joined(separator: " or "))",
                    hint: "name one under 'inputs:', e.g. 'inputs: { \(port.name): \(candidates.last!) }'"))
            }
        }
    }

    /// Places an options error at the key it is about.
    private static func optionDiagnostics(for error: any Error, entry: PipelineSpec.StageEntry) -> [Diagnostic] {
        let stage = entry.id.value
        switch error {
        case let list as DiagnosticList:
            return list.diagnostics.map { prefixed($0, stage: stage) }
        case let diagnostic as Diagnostic:
            return [prefixed(diagnostic, stage: stage)]
        case let option as OptionError:
            let keyNode = option.key.flatMap { key in entry.options?.pairs?.first { $0.key.scalar?.text == key }?.value }
            let location = keyNode?.location ?? entry.options?.location ?? entry.location
            let subject = option.key.map { "option '\($0)' of stage '\(stage)'" } ?? "options of stage '\(stage)'"
            return [Diagnostic(at: location, "\(subject): \(option.message)", hint: option.hint)]
        default:
            return [Diagnostic(at: entry.location, "stage '\(stage)' cannot start: \(error)")]
        }
    }

    private static func prefixed(_ diagnostic: Diagnostic, stage: String) -> Diagnostic {
        var diagnostic = diagnostic
        diagnostic.message = "stage '\(stage)': " + diagnostic.message
        if diagnostic.location?.file == "<defaults>" { diagnostic.location = nil }
        return diagnostic
    }
}
