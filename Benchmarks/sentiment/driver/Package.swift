// swift-tools-version: 6.0
// The in-process driver of the sentiment benchmarks: a separate package (not part of the
// root manifest) that depends on the repository by path. Built by ../common.sh.
import PackageDescription

let package = Package(
    name: "sentiment-driver",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "pipeline", path: "../../..")],
    targets: [
        .executableTarget(
            name: "sentiment-driver",
            dependencies: [
                .product(name: "Stages", package: "pipeline"),
                .product(name: "PipelineCore", package: "pipeline"),
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
