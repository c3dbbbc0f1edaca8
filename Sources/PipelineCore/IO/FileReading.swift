import Foundation

/// Reads files with a size bound, so one huge file cannot exhaust memory.
enum FileReading {
    struct TooLarge: Error, CustomStringConvertible {
        var size: Int
        var limit: Int
        var description: String { "the file is \(size) bytes, over the limit of \(limit)" }
    }

    static func bytes(atPath path: String, limit: Int) throws -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CocoaError(.fileReadNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        defer { try? handle.close() }
        let data = try handle.read(upToCount: limit) ?? Data()
        if data.count >= limit {
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? data.count
            throw TooLarge(size: size, limit: limit - 1)
        }
        return [UInt8](data)
    }
}
