/// Renders a checked pipeline's wiring as Graphviz dot or Mermaid text.
public struct PipelineGraph: Sendable {
    let pipeline: Pipeline

    public init(_ pipeline: Pipeline) {
        self.pipeline = pipeline
    }

    private var edges: [(from: String, to: String, label: String)] {
        pipeline.stages.flatMap { stage in
            stage.inputs.sorted { $0.key < $1.key }.map { port, source in
                (source.description, stage.id, "\(port): \(stage.description.inputs.first { $0.name == port }?.type ?? "?")")
            }
        }
    }

    public func dot() -> String {
        var lines = ["digraph \(quoted(pipeline.name)) {", "  rankdir=LR;", "  document [shape=note];"]
        for stage in pipeline.stages {
            lines.append("  \(quoted(stage.id)) [shape=box, label=\(quoted("\(stage.id)\\n(\(stage.description.name))"))];")
        }
        for edge in edges {
            lines.append("  \(quoted(edge.from)) -> \(quoted(edge.to)) [label=\(quoted(edge.label))];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    public func mermaid() -> String {
        var lines = ["flowchart LR", "  document[/document/]"]
        for stage in pipeline.stages {
            lines.append("  \(node(stage.id))[\"\(stage.id) (\(stage.description.name))\"]")
        }
        for edge in edges {
            lines.append("  \(node(edge.from)) -->|\"\(edge.label)\"| \(node(edge.to))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// Mermaid ids allow letters, digits and `_`; stage ids may hold `-`.
    private func node(_ id: String) -> String {
        id == "document" ? id : "s_" + String(id.unicodeScalars.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) ? Character($0) : "_" })
    }
}
