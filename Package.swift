// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "pipeline",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "PipelineCore", targets: ["PipelineCore"]),
        .library(name: "Stages", targets: ["Stages"]),
        .executable(name: "pipeline", targets: ["pipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CYaml",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(
            name: "PipelineCore",
            dependencies: ["CYaml", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "Stages",
            dependencies: ["PipelineCore"],
            exclude: ["Sentiment/Resources"]
        ),
        .executableTarget(
            name: "pipeline",
            dependencies: [
                "PipelineCore",
                "Stages",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "PipelineCoreTests", dependencies: ["PipelineCore"]),
        .testTarget(name: "StagesTests", dependencies: ["Stages", "PipelineCore"]),
        .testTarget(
            name: "pipelineTests",
            dependencies: ["pipeline", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
