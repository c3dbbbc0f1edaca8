// swift-tools-version: 6.0
import Foundation
import PackageDescription

// The pipeline package: the repository two folders up, known by its folder's name.
let pipelineRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../..").standardizedFileURL
let pipelinePackage = pipelineRoot.lastPathComponent

let package = Package(
    name: "reading-level-plugin",
    platforms: [.macOS(.v13)],
    products: [
        // A plugin is a dynamic library; `pipeline` loads it with --plugin or `plugins:`.
        .library(name: "ReadingLevelPlugin", type: .dynamic, targets: ["ReadingLevelPlugin"]),
    ],
    dependencies: [
        .package(path: pipelineRoot.path),
    ],
    targets: [
        .target(
            name: "ReadingLevelPlugin",
            dependencies: [
                .product(name: "PipelinePlugin", package: pipelinePackage),
                .product(name: "PipelineCore", package: pipelinePackage),
                .product(name: "Stages", package: pipelinePackage),
            ],
            // The library carries its own copy of PipelineCore: bind its calls to that copy,
            // never to the host's, so a host built from other sources cannot break it.
            linkerSettings: [.unsafeFlags(["-Xlinker", "-Bsymbolic"], .when(platforms: [.linux]))]
        ),
    ],
    swiftLanguageModes: [.v6]
)
