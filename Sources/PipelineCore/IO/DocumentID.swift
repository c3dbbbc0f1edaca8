/// Rules for document ids, which become paths under an output folder.
public enum DocumentID {
    /// Longest part of an id between slashes, in UTF-8 bytes: a file name holds 255 and the
    /// JSON output adds `.json`.
    public static let maxPartBytes = 250
    /// Longest id, in UTF-8 bytes, so its path under an output folder stays far from PATH_MAX.
    public static let maxBytes = 1024

    /// True when `id` is a relative path that stays inside any folder it is joined to and
    /// that a file system can hold (a 300-byte id failed with "file name too long" and
    /// stopped the whole run).
    public static func isSafe(_ id: String) -> Bool {
        guard !id.isEmpty, !id.hasPrefix("/"), !id.contains("\0"), id.utf8.count <= maxBytes else { return false }
        return !id.split(separator: "/", omittingEmptySubsequences: false)
            .contains { $0.isEmpty || $0 == "." || $0 == ".." || $0.utf8.count > maxPartBytes }
    }
}
