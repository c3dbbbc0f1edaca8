// swift-tools-version: 6.0
import PackageDescription

/// libFuzzer targets over the real code of the root package; see README.md and run.sh.
///
/// Build through run.sh: it adds `-sanitize=fuzzer,address`, which links the libFuzzer
/// runtime each target's `main` hands over to.
let package = Package(
    name: "pipeline-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "pipeline", path: "..")],
    targets: [
        .target(name: "CFuzzer"),
        .target(
            name: "FuzzSupport",
            dependencies: ["CFuzzer", .product(name: "PipelineCore", package: "pipeline"), .product(name: "Stages", package: "pipeline")]
        ),
        fuzzTarget("FuzzYAML"),
        fuzzTarget("FuzzArticle"),
        fuzzTarget("FuzzNormalize"),
        fuzzTarget("FuzzTokenize"),
        fuzzTarget("FuzzQuoteExtract"),
        fuzzTarget("FuzzSentiment"),
        fuzzTarget("FuzzSummarize"),
    ],
    swiftLanguageModes: [.v6]
)

func fuzzTarget(_ name: String) -> Target {
    .executableTarget(
        name: name,
        dependencies: [
            "FuzzSupport",
            .product(name: "PipelineCore", package: "pipeline"),
            .product(name: "Stages", package: "pipeline"),
        ]
    )
}
