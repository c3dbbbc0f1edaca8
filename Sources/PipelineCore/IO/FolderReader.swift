import Foundation

/// Streams the documents of files and folders, depth first, each folder sorted by name.
///
/// Nothing is listed ahead of need: a folder's entries are read when the walk reaches it.
/// Directory symlinks are followed once; a loop is reported, not walked forever.
public struct FolderReader: Sequence, Sendable {
    public var roots: [String]
    public var format: InputFormat
    /// Which file names are documents (`*.txt` when nil).
    public var glob: String?
    public var maxDocumentBytes: Int
    /// Keeps the documents whose id hashes to this shard (`--shard K/N`), when set.
    public var shard: Shard?

    public init(
        roots: [String], format: InputFormat, glob: String? = nil, maxDocumentBytes: Int = 32 << 20,
        shard: Shard? = nil
    ) {
        self.roots = roots
        self.format = format
        self.glob = glob
        self.maxDocumentBytes = maxDocumentBytes
        self.shard = shard
    }

    public func makeIterator() -> Iterator {
        Iterator(reader: self, readsFiles: true)
    }

    /// How many documents the walk will yield, found without reading any file (for progress).
    public func count() -> Int {
        var iterator = Iterator(reader: self, readsFiles: false)
        var total = 0
        while iterator.next() != nil { total += 1 }
        return total
    }

    public struct Iterator: IteratorProtocol {
        let reader: FolderReader
        let readsFiles: Bool
        /// Pending entries: (path on disk, id prefix relative to its root), next one last.
        private var stack: [(path: String, relative: String, isRoot: Bool)]
        private var visitedDirectories: Set<String> = []

        init(reader: FolderReader, readsFiles: Bool) {
            self.reader = reader
            self.readsFiles = readsFiles
            stack = reader.roots.reversed().map { ($0, "", true) }
        }

        public mutating func next() -> DocumentInput? {
            while let entry = stack.popLast() {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: entry.path, isDirectory: &isDirectory) else {
                    if entry.isRoot || isDanglingLink(entry.path) {
                        return .unreadable(id: entry.relative.isEmpty ? entry.path : entry.relative,
                                           metadata: ["source": entry.path], reason: "no such file or folder")
                    }
                    continue  // vanished between listing and reading
                }
                if isDirectory.boolValue {
                    if let problem = enter(entry) { return problem }
                    continue
                }
                let name = (entry.path as NSString).lastPathComponent
                guard entry.isRoot || matches(name) else { continue }
                let relative = entry.relative.isEmpty ? name : entry.relative
                let id = Self.documentID(relative)
                if let shard = reader.shard, !shard.contains(id) { continue }
                guard readsFiles else { return .unreadable(id: id, metadata: [:], reason: "not read") }
                return DocumentLoader.load(
                    path: entry.path, id: id, source: relative, format: reader.format,
                    maxBytes: reader.maxDocumentBytes)
            }
            return nil
        }

        /// Queues a folder's entries; returns a problem to report when it cannot.
        private mutating func enter(_ entry: (path: String, relative: String, isRoot: Bool)) -> DocumentInput? {
            let real = (entry.path as NSString).resolvingSymlinksInPath
            guard visitedDirectories.insert(real).inserted else {
                return .unreadable(
                    id: entry.relative, metadata: ["source": entry.path],
                    reason: "folder symlink loop: '\(entry.path)' leads back to '\(real)', already read")
            }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: entry.path)
            } catch {
                return .unreadable(
                    id: entry.relative.isEmpty ? entry.path : entry.relative, metadata: ["source": entry.path],
                    reason: "cannot read folder: \(Self.reason(error))")
            }
            let sorted = names.filter { !$0.hasPrefix(".") }.sorted { Array($0.utf8).lexicographicallyPrecedes($1.utf8) }
            for name in sorted.reversed() {
                let path = (entry.path as NSString).appendingPathComponent(name)
                let relative = entry.relative.isEmpty ? name : entry.relative + "/" + name
                stack.append((path, relative, false))
            }
            return nil
        }

        private func matches(_ name: String) -> Bool {
            fnmatch(reader.glob ?? "*.txt", name, 0) == 0
        }

        private func isDanglingLink(_ path: String) -> Bool {
            (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
        }

        static func documentID(_ relative: String) -> String {
            let ext = (relative as NSString).pathExtension
            return ext.isEmpty ? relative : String(relative.dropLast(ext.count + 1))
        }

        static func reason(_ error: any Error) -> String {
            if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError,
                underlying.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(underlying.code))
            {
                return String(cString: strerror(code.rawValue)).lowercased()
            }
            return error.localizedDescription
        }
    }
}
