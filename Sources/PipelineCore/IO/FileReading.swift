import Foundation

/// Reads whole files with a size bound, so one huge file cannot exhaust memory.
enum FileReading {
    struct ReadError: Error, CustomStringConvertible {
        var description: String
    }

    /// The file's bytes, or why not. `limitName` says which bound in a refusal
    /// (`--max-document-bytes 1000`, `the limit of 4194304`). With `regularFileOnly`, a FIFO,
    /// socket or device is refused without blocking on it.
    static func bytes(atPath path: String, maxBytes: Int, limitName: String, regularFileOnly: Bool = false) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | (regularFileOnly ? O_NONBLOCK : 0))
        guard descriptor >= 0 else {
            throw ReadError(description: "cannot open: \(String(cString: strerror(errno)).lowercased())")
        }
        defer { close(descriptor) }
        var info = stat()
        if regularFileOnly, fstat(descriptor, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            throw ReadError(description: "not a regular file; skipped")
        }
        let statted = fstat(descriptor, &info) == 0
        if statted, Int(info.st_size) > maxBytes {
            throw ReadError(description: "the file is \(info.st_size) bytes, over \(limitName)")
        }
        // Read straight into an array of the size fstat gave, one byte more to see the end
        // in the same loop; a file that grew meanwhile, or one without a size, goes on in chunks.
        let expected = statted ? max(0, Int(info.st_size)) : 0
        var atEnd = false
        var bytes = try [UInt8](unsafeUninitializedCapacity: expected + 1) { buffer, count in
            while count < buffer.count {
                let got = read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if got < 0 {
                    if errno == EINTR { continue }
                    throw ReadError(description: "cannot read: \(String(cString: strerror(errno)).lowercased())")
                }
                if got == 0 {
                    atEnd = true
                    return
                }
                count += got
            }
        }
        if bytes.count > maxBytes {
            throw ReadError(description: "the file is over \(limitName)")
        }
        if atEnd { return bytes }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ReadError(description: "cannot read: \(String(cString: strerror(errno)).lowercased())")
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > maxBytes {
                throw ReadError(description: "the file is over \(limitName)")
            }
        }
        return bytes
    }
}
