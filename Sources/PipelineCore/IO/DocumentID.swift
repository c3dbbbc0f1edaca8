/// Rules for document ids, which become paths under an output folder.
public enum DocumentID {
    /// True when `id` is a relative path that stays inside any folder it is joined to.
    public static func isSafe(_ id: String) -> Bool {
        guard !id.isEmpty, !id.hasPrefix("/"), !id.contains("\0") else { return false }
        return !id.split(separator: "/", omittingEmptySubsequences: false)
            .contains { $0.isEmpty || $0 == "." || $0 == ".." }
    }
}
