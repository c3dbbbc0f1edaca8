/// One step of a pipeline: reads typed inputs of a document, writes one typed output.
///
/// A stage declares everything the loader checks before any document is read: its YAML
/// name, its options, its input ports and its output type.
///
/// ## Implementation requirements
/// - `process(_:)` is called from many threads at once, on one instance per pipeline stage.
///   It must not mutate shared state; whatever `init` prepared (a lexicon, tables) is read-only.
/// - `process(_:)` depends only on its input and the options: the same document gives the
///   same output on every run, whatever `--jobs` is.
/// - Throw to fail the document: its downstream stages are skipped and the error is recorded;
///   other documents go on. Do not crash on any input.
/// - Bump `version` when the output for the same input changes, so `--resume` redoes work.
public protocol Stage: Sendable {
    associatedtype Options: StageOptions = NoOptions
    associatedtype Output: Artifact

    /// The name used in YAML (`uses: tokenize`): lowercase, words joined by `-`.
    static var name: String { get }
    /// One line for `pipeline stages`.
    static var summary: String { get }
    /// Changes when the stage's output for the same input changes.
    static var version: Int { get }
    /// The named, typed inputs; wired by name in YAML or, when unambiguous, by type.
    static var inputs: [InputPort] { get }

    /// Prepares the stage once per pipeline. Throw `OptionError` for a bad option value.
    init(options: Options, context: StageContext) throws

    func process(_ input: StageInput) throws -> Output
}

extension Stage {
    public static var version: Int { 1 }
}

/// What a stage may know of the pipeline it runs in when it is set up.
public struct StageContext: Sendable {
    /// The stage's id in the pipeline.
    public var stageID: String
    /// The folder of the pipeline file, for options that name files relative to it.
    public var baseDirectory: String

    public init(stageID: String, baseDirectory: String) {
        self.stageID = stageID
        self.baseDirectory = baseDirectory
    }

    /// `path` as written in the pipeline file, made absolute against `baseDirectory`.
    public func resolvePath(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        return baseDirectory.hasSuffix("/") ? baseDirectory + path : baseDirectory + "/" + path
    }
}

/// A bad option value found by a stage's `init`; reported at the key's line and column.
public struct OptionError: Error, Sendable, CustomStringConvertible {
    /// The key under `with:` at fault, or nil for the options as a whole.
    public var key: String?
    public var message: String
    public var hint: String?

    public init(key: String?, _ message: String, hint: String? = nil) {
        self.key = key
        self.message = message
        self.hint = hint
    }

    public var description: String { message }
}
