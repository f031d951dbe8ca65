// citegraph-bench: the Swift side of Scripts/bench. Prints one JSON object per run on stdout.
//
//   citegraph-bench extraction DIR [--scale N] [--runs R] [--dump FILE]
//       citation extraction over the .txt files under DIR/<lang>/: one core, all cores, ×N scaling
//   citegraph-bench graph EDGES [--seed S]
//       load, in-degree, PageRank, sampled betweenness, lineage
//   citegraph-bench render DOT --engine dot|sfdp -o OUT.svg
//       parse, lay out and render DOT to SVG through libgvc, in this process
//
// Timings are wall-clock seconds (the best of several runs where stated).
import Foundation
import Graphviz

let arguments = Array(CommandLine.arguments.dropFirst())

func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

func option(_ name: String, default value: Int) -> Int {
    option(name).flatMap { Int($0) } ?? value
}

do {
    switch arguments.first {
    case "extraction" where arguments.count >= 2:
        let benchmark = ExtractionBenchmark(
            folder: arguments[1], scale: option("--scale", default: 1), runs: option("--runs", default: 3),
            dumpPath: option("--dump"))
        print(try benchmark.run())
    case "graph" where arguments.count >= 2:
        print(try GraphBenchmark(edgesPath: arguments[1], seed: UInt64(option("--seed", default: 1))).run())
    case "render" where arguments.count >= 2:
        guard let engine = LayoutEngine(rawValue: option("--engine") ?? "dot") else {
            throw BenchmarkError("unknown engine \(option("--engine") ?? "")")
        }
        print(try RenderBenchmark(dotPath: arguments[1], engine: engine, outputPath: option("-o")).run())
    default:
        FileHandle.standardError.write(
            Data("usage: citegraph-bench extraction DIR [--scale N] [--runs R] [--dump FILE] | graph EDGES [--seed S] | render DOT --engine E -o OUT\n".utf8))
        exit(64)
    }
} catch {
    FileHandle.standardError.write(Data("citegraph-bench: \(error)\n".utf8))
    exit(1)
}
