import Foundation

/// The results an earlier run left in a JSONL file (and in the temporary files of runs that
/// were killed), indexed by document id, so `--resume` can keep them.
///
/// Only complete lines that parse as a result with a fingerprint count: a line torn by a
/// kill is ignored, and its document is run again.
final class ExistingResults {
    struct Record {
        var file: Int
        var offset: Int
        var length: Int
        var fingerprint: String
    }

    private struct Header: Decodable {
        var id: String
        var fingerprint: String?
    }

    private(set) var files: [String] = []
    private var descriptors: [Int32] = []
    private var records: [String: Record] = [:]

    /// Reads `paths` in order; a later file's record for an id wins.
    init(paths: [String]) {
        let decoder = JSONDecoder()
        for path in paths {
            let descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else { continue }
            let file = files.count
            files.append(path)
            descriptors.append(descriptor)
            let lines = LineReader(descriptor: dup(descriptor), ownsDescriptor: true, maxLineBytes: 1 << 30)
            var offset = 0
            while let line = lines.next() {
                guard case .line(let bytes) = line else { continue }
                defer { offset += bytes.count + 1 }
                guard lines.lastLineEndedWithNewline,
                    let header = try? decoder.decode(Header.self, from: Data(bytes)),
                    let fingerprint = header.fingerprint
                else { continue }
                records[header.id] = Record(file: file, offset: offset, length: bytes.count, fingerprint: fingerprint)
            }
        }
    }

    deinit {
        for descriptor in descriptors { close(descriptor) }
    }

    func fingerprint(for id: String) -> String? {
        records[id]?.fingerprint
    }

    /// The stored line for `id`, with its newline.
    func line(for id: String) -> [UInt8]? {
        guard let record = records[id] else { return nil }
        var bytes = [UInt8](repeating: 0, count: record.length + 1)
        let count = bytes.withUnsafeMutableBytes {
            pread(descriptors[record.file], $0.baseAddress, record.length + 1, off_t(record.offset))
        }
        return count == record.length + 1 ? bytes : nil
    }
}
