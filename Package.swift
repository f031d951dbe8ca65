// swift-tools-version: 6.0
// Citegraph: United Nations documents → typed citation graph → analyses → Graphviz diagrams.
// Modules follow the data one way:
//   CitegraphDocuments → CitegraphCitations → CitegraphGraph → CitegraphAnalysis → CitegraphRendering
// with the C interop kept to CGraphviz (headers) and Graphviz (the Swift layer that owns the pointers),
// and the command-line tool (CitegraphCommands + citegraph) on top.
import PackageDescription

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
        .target(name: "CitegraphRendering", dependencies: ["CitegraphAnalysis", "Graphviz"]),

        // The command line.
        .target(
            name: "CitegraphCommands",
            dependencies: [
                "CitegraphDocuments", "CitegraphCitations", "CitegraphGraph",
                "CitegraphAnalysis", "CitegraphRendering",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["BundledCorpus/README.md"],
            resources: [.copy("BundledCorpus/akn"), .copy("BundledCorpus/seeds")]),
        .executableTarget(name: "citegraph", dependencies: ["CitegraphCommands"]),

        // The Swift side of Scripts/bench (timed against python-igraph, NetworKit, Python `re` and dot).
        .executableTarget(
            name: "citegraph-bench", dependencies: ["CitegraphCitations", "CitegraphAnalysis", "CitegraphGraph"]),

        // Tests mirror the sources. Fixtures (real UN documents) live in Tests/Fixtures.
        .testTarget(name: "GraphvizTests", dependencies: ["Graphviz"]),
        .testTarget(name: "CitegraphDocumentsTests", dependencies: ["CitegraphDocuments"]),
        .testTarget(name: "CitegraphCitationsTests", dependencies: ["CitegraphCitations"]),
        .testTarget(name: "CitegraphGraphTests", dependencies: ["CitegraphGraph"]),
        .testTarget(name: "CitegraphAnalysisTests", dependencies: ["CitegraphAnalysis"]),
        .testTarget(name: "CitegraphRenderingTests", dependencies: ["CitegraphRendering"]),
        .testTarget(name: "CitegraphCommandsTests", dependencies: ["CitegraphCommands"]),
    ]
)
