// swift-tools-version: 6.0
import Foundation
import PackageDescription

// The pipeline package this example builds on: the repository two folders up. A path
// dependency is known by its folder's name, whatever the checkout is called.
let pipelineRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../..").standardizedFileURL
let pipelinePackage = pipelineRoot.lastPathComponent

let package = Package(
    name: "newsroom",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "newsroom", targets: ["newsroom"]),
    ],
    dependencies: [
        .package(path: pipelineRoot.path),
    ],
    targets: [
        // The custom stages: plain Swift types, testable without a pipeline file.
        .target(
            name: "NewsroomStages",
            dependencies: [
                .product(name: "PipelineCore", package: pipelinePackage),
                .product(name: "Stages", package: pipelinePackage),
            ]
        ),
        // `pipeline` with the custom stages added: same subcommands, same diagnostics.
        .executableTarget(
            name: "newsroom",
            dependencies: [
                "NewsroomStages",
                .product(name: "PipelineCLI", package: pipelinePackage),
                .product(name: "Stages", package: pipelinePackage),
            ]
        ),
        .testTarget(
            name: "NewsroomStagesTests",
            dependencies: ["NewsroomStages", .product(name: "PipelineCore", package: pipelinePackage)]
        ),
    ],
    swiftLanguageModes: [.v6]
)
