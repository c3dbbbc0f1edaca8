/// Text a stage reads: the document body, or the output of a stage that rewrites it.
///
/// Every offset downstream counts Unicode scalars into `text`. A stage that changes the text
/// (normalization) records an `alignment` so spans can be mapped back to the original body.
public struct Text: Artifact, Equatable {
    public var text: String
    /// Maps offsets in `text` back to the text this one was made from; nil when unchanged.
    public var alignment: TextAlignment?

    public init(_ text: String, alignment: TextAlignment? = nil) {
        self.text = text
        self.alignment = alignment
    }
}
