import PipelineCore

/// The options of `quote-extract`, read from its `with:` map.
public struct QuoteExtractOptions: StageOptions, Equatable {
    /// YAML `cue_verbs`: verbs that attribute speech besides the built-in list (`said`, `told`,
    /// `warned` …), one word each; a base form also brings its regular forms (`quip` → `quipped`).
    /// Default: `[]`.
    public var cueVerbs: [String] = []
    /// YAML `include_other`: whether titles and scare quotes with no speaker (kind `other`) are
    /// output. Default: `true`.
    public var includeOther: Bool = true

    public init() {}

    public init(cueVerbs: [String] = [], includeOther: Bool = true) {
        self.cueVerbs = cueVerbs
        self.includeOther = includeOther
    }

    enum CodingKeys: String, CodingKey {
        case cueVerbs = "cue_verbs"
        case includeOther = "include_other"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = QuoteExtractOptions()
        cueVerbs = try container.decodeIfPresent([String].self, forKey: .cueVerbs) ?? defaults.cueVerbs
        includeOther = try container.decodeIfPresent(Bool.self, forKey: .includeOther) ?? defaults.includeOther
    }
}
