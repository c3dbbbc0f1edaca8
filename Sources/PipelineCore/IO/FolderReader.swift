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
        /// Folders entered, by device and inode: a path comparison missed loops reached
        /// through a relative root (`pipeline run p.yaml in` walked `in/sub/loop/sub/loop/…`).
        private var visitedDirectories: Set<FileIdentity> = []

        init(reader: FolderReader, readsFiles: Bool) {
            self.reader = reader
            self.readsFiles = readsFiles
            stack = reader.roots.reversed().map { ($0, "", true) }
        }

        public mutating func next() -> DocumentInput? {
            while let entry = stack.popLast() {
                let name = (entry.path as NSString).lastPathComponent
                var info = stat()
                guard stat(entry.path, &info) == 0 else {
                    if entry.isRoot || isDanglingLink(entry.path) {
                        return .unreadable(id: entry.relative.isEmpty ? entry.path : entry.relative,
                                           metadata: ["source": entry.path], reason: "no such file or folder")
                    }
                    // Listed with its folder, deleted before its turn: say so rather than drop it.
                    guard matches(name), let id = documentID(entry, name: name) else { continue }
                    return .unreadable(id: id, metadata: ["source": entry.relative],
                                       reason: "the file vanished before it was read")
                }
                let type = info.st_mode & S_IFMT
                if type == S_IFDIR {
                    if let problem = enter(entry) { return problem }
                    continue
                }
                guard entry.isRoot || matches(name) else { continue }
                guard let id = documentID(entry, name: name) else { continue }
                let relative = entry.relative.isEmpty ? name : entry.relative
                // Opening a FIFO found in a folder would wait for a writer forever, and a device
                // may never end; only files the user named are read whatever they are.
                if !entry.isRoot, type != S_IFREG {
                    return .unreadable(id: id, metadata: ["source": relative],
                                       reason: "not a regular file (\(Self.describe(type))); skipped")
                }
                guard readsFiles else { return .unreadable(id: id, metadata: [:], reason: "not read") }
                let (path, format, maxBytes, regularFileOnly) =
                    (entry.path, reader.format, reader.maxDocumentBytes, !entry.isRoot)
                return .deferred(id: id, metadata: ["source": relative]) {
                    DocumentLoader.load(
                        path: path, id: id, source: relative, format: format, maxBytes: maxBytes,
                        regularFileOnly: regularFileOnly)
                }
            }
            return nil
        }

        /// Queues a folder's entries; returns a problem to report when it cannot.
        private mutating func enter(_ entry: (path: String, relative: String, isRoot: Bool)) -> DocumentInput? {
            var info = stat()
            if stat(entry.path, &info) == 0,
                !visitedDirectories.insert(FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted
            {
                let real = URL(fileURLWithPath: entry.path).resolvingSymlinksInPath().path
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

        /// The entry's document id, or nil when `--shard` leaves it to another shard.
        private func documentID(_ entry: (path: String, relative: String, isRoot: Bool), name: String) -> String? {
            let id = Self.documentID(entry.relative.isEmpty ? name : entry.relative)
            if let shard = reader.shard, !shard.contains(id) { return nil }
            return id
        }

        struct FileIdentity: Hashable {
            var device: UInt64
            var inode: UInt64
        }

        static func describe(_ type: mode_t) -> String {
            switch type {
            case S_IFIFO: "a FIFO"
            case S_IFSOCK: "a socket"
            case S_IFCHR: "a character device"
            case S_IFBLK: "a block device"
            default: "not a file"
            }
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
