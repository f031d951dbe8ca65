// swift-tools-version: 6.0
// Citegraph: United Nations documents → typed citation graph → analyses → Graphviz diagrams.
// Modules follow the data one way:
//   CitegraphDocuments → CitegraphCitations → CitegraphGraph → CitegraphAnalysis → CitegraphRendering
// with the C interop kept to CGraphviz (headers) and Graphviz (the Swift layer that owns the pointers),
// and the command-line tool (CitegraphCommands + citegraph) on top.
import PackageDescription

/// Fuzz targets (libFuzzer) exist only when Scripts/fuzz builds with CITEGRAPH_FUZZ=1, so ordinary
/// builds and tests never compile them.
let fuzzing = Context.environment["CITEGRAPH_FUZZ"] == "1"
let fuzzTargets: [Target] = fuzzing
    ? [.target(name: "FuzzDriver", path: "Fuzz/FuzzDriver")] + [
        ("FuzzSymbolParser", ["CitegraphDocuments"]),
        ("FuzzTextCleaner", ["CitegraphDocuments"]),
        ("FuzzCitationExtractor", ["CitegraphCitations"]),
        ("FuzzDocumentReader", ["CitegraphDocuments"]),
    ].map { name, dependencies in
        .executableTarget(
            name: name, dependencies: (dependencies + ["FuzzDriver"]).map { .target(name: $0) }, path: "Fuzz/\(name)")
    }
    : []

let package = Package(
    name: "Citegraph",
    products: [
        .library(
            name: "Citegraph",
            targets: [
                "CitegraphDocuments", "CitegraphCitations", "CitegraphGraph",
                "CitegraphAnalysis", "CitegraphRendering", "Graphviz",
            ]),
        .executable(name: "citegraph", targets: ["citegraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        // C interop: the system headers of Debian's libgraphviz-dev, never vendored.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]),
        .target(name: "Graphviz", dependencies: ["CGraphviz"]),

        // The pipeline.
        .target(name: "CitegraphDocuments"),
        .target(name: "CitegraphCitations", dependencies: ["CitegraphDocuments"]),
        .target(name: "CitegraphGraph", dependencies: ["CitegraphCitations"]),
        .target(name: "CitegraphAnalysis", dependencies: ["CitegraphGraph"]),
        .target(
            name: "CitegraphRendering",
            dependencies: ["CitegraphDocuments", "CitegraphCitations", "CitegraphAnalysis", "Graphviz"]),

        // The command line.
        .target(
            name: "CitegraphCommands",
            dependencies: [
                "CitegraphDocuments", "CitegraphCitations", "CitegraphGraph",
                "CitegraphAnalysis", "CitegraphRendering", "Graphviz",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["BundledCorpus/README.md"],
            resources: [.copy("BundledCorpus/akn"), .copy("BundledCorpus/seeds")]),
        .executableTarget(name: "citegraph", dependencies: ["CitegraphCommands"]),

        // The Swift side of Scripts/bench (timed against python-igraph, NetworKit, Python `re` and dot).
        .executableTarget(
            name: "citegraph-bench", dependencies: ["CitegraphCitations", "CitegraphAnalysis", "CitegraphGraph", "Graphviz"]),

        // Tests mirror the sources. Fixtures (real UN documents) live in Tests/Fixtures.
        .testTarget(name: "GraphvizTests", dependencies: ["Graphviz"]),
        .testTarget(name: "CitegraphDocumentsTests", dependencies: ["CitegraphDocuments"]),
        .testTarget(name: "CitegraphCitationsTests", dependencies: ["CitegraphCitations"]),
        .testTarget(name: "CitegraphGraphTests", dependencies: ["CitegraphGraph"]),
        .testTarget(name: "CitegraphAnalysisTests", dependencies: ["CitegraphAnalysis"]),
        .testTarget(
            name: "CitegraphRenderingTests", dependencies: ["CitegraphRendering", "CitegraphGraph", "CitegraphAnalysis", "Graphviz"]),
        .testTarget(name: "CitegraphCommandsTests", dependencies: ["CitegraphCommands"]),
    ] + fuzzTargets
)
