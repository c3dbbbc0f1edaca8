// swift-tools-version: 6.0
// The segmentation benchmark: runs `normalize` and `tokenize` in-process on text files,
// for the quality evaluation (seg_eval.py) and the speed comparison with spaCy.
import Foundation
import PackageDescription

// A path dependency's identity is its folder name, which depends on where the repository
// was cloned; read it from this manifest's own path.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
let rootName = root.standardizedFileURL.lastPathComponent

let package = Package(
    name: "segmentation-benchmark",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "../..")],
    targets: [
        .executableTarget(
            name: "segbench",
            dependencies: [
                .product(name: "Stages", package: rootName),
                .product(name: "PipelineCore", package: rootName),
            ],
            path: "Sources/segbench"
        ),
    ],
    swiftLanguageModes: [.v6]
)
