/// The `with:` map of an `exec` stage: the command, its ports and output type, its options.
struct ExecOptions: StageOptions {
    /// YAML `command`: the program and its arguments, never a shell string. A program
    /// path with a `/` is relative to the pipeline file's folder, which is also the
    /// child's working directory; a bare name is looked up in `PATH`. Required.
    var command: [String] = []
    /// YAML `inputs`: port name → artifact type name (end it with `?` for an optional
    /// port). Default `{ text: Text }`: the document body or the normalized text.
    var inputs: [String: String] = ["text": Text.artifactName]
    /// YAML `output`: the type name of what the child answers; downstream ports are
    /// checked against it, and a built-in type of that name gets it decoded. Default `JSON`.
    var output: String = JSONArtifact.artifactName
    /// YAML `options`: anything, handed to the child in its first line. Default none.
    var options: JSONValue? = nil
    /// YAML `timeout`: seconds the child may take per document before it is killed and
    /// restarted. Default 30.
    var timeout: Double = 30
    /// YAML `version`: bump it when the child's output changes, so `--resume` redoes work. Default 1.
    var version: Int = 1

    init() {}

    /// The ports `inputs` declares, in name order.
    func ports() throws -> [InputPort] {
        try inputs.keys.sorted().map { name in
            let written = inputs[name] ?? ""
            let optional = written.hasSuffix("?")
            let type = optional ? String(written.dropLast()) : written
            guard !name.isEmpty, !type.isEmpty else {
                throw OptionError(key: "inputs", "each input needs a port name and a type name, as in '{ tokens: TokenizedText }'")
            }
            return InputPort(name: name, type: type, isRequired: !optional)
        }
    }

    func validated() throws -> ExecOptions {
        guard let program = command.first, !program.isEmpty else {
            throw OptionError(key: "command", "'exec' needs a command", hint: "e.g. 'command: [python3, keywords.py]'")
        }
        guard timeout > 0, timeout <= 86_400 else { throw OptionError(key: "timeout", "must be between 0 and 86400 seconds") }
        guard !output.isEmpty else { throw OptionError(key: "output", "must name the output's type") }
        return self
    }
}
