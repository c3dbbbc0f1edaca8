// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "pipeline",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "PipelineCore", targets: ["PipelineCore"]),
        .library(name: "Stages", targets: ["Stages"]),
        .library(name: "PipelinePlugin", targets: ["PipelinePlugin"]),
        .library(name: "PipelineCLI", targets: ["PipelineCLI"]),
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
            dependencies: ["CYaml", "CPipelinePlugin", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The C ABI between the host and dlopen'ed plugins: a header only.
        .target(name: "CPipelinePlugin"),
        // Exports Swift stages through that ABI, for plugin libraries.
        .target(name: "PipelinePlugin", dependencies: ["PipelineCore", "CPipelinePlugin"]),
        .target(
            name: "Stages",
            dependencies: ["PipelineCore"],
            exclude: ["Sentiment/Resources"]
        ),
        // The subcommands, so a package's own executable runs them with its registry.
        .target(
            name: "PipelineCLI",
            dependencies: [
                "PipelineCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "pipeline", dependencies: ["PipelineCLI", "Stages"]),
        .testTarget(name: "PipelineCoreTests", dependencies: ["PipelineCore"]),
        .testTarget(name: "StagesTests", dependencies: ["Stages", "PipelineCore"]),
        .testTarget(
            name: "pipelineTests",
            dependencies: ["pipeline", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
