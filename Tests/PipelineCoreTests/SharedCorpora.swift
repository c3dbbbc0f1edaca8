import Foundation

/// Where `../shared` is, beside the repository; evaluations against it skip when it is absent.
enum SharedCorpora {
    static let root: String = {
        if let path = ProcessInfo.processInfo.environment["PIPELINE_SHARED"] { return path }
        let repository = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return repository.deletingLastPathComponent().appendingPathComponent("shared").path
    }()

    static func path(_ relative: String) -> String { root + "/" + relative }

    static func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: path(relative))
    }
}
