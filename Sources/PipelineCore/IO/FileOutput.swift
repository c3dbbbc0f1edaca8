import Foundation

/// Low-level writes that either complete or say why, with the file named.
enum FileOutput {
    static func errnoReason() -> String { String(cString: strerror(errno)).lowercased() }

    static func writeAll(_ descriptor: Int32, _ bytes: [UInt8], path: String) throws(OutputError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw OutputError(path: path, reason: errnoReason())
            }
            offset += written
        }
    }

    /// Writes a whole file through a temporary file and a rename, so readers never see half of it.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws(OutputError) {
        let temporary = path + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw OutputError(path: path, reason: errnoReason()) }
        do {
            try writeAll(descriptor, bytes, path: path)
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        close(descriptor)
        guard rename(temporary, path) == 0 else {
            let reason = errnoReason()
            unlink(temporary)
            throw OutputError(path: path, reason: reason)
        }
    }

    static func makeDirectories(_ path: String) throws(OutputError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw OutputError(path: path, reason: "cannot create folder: \(error.localizedDescription)")
        }
    }
}
