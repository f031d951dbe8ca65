// citegraph-bench: the Swift side of Scripts/bench. Prints one JSON object per run on stdout.
//
//   citegraph-bench extraction DIR [--scale N]   citation extraction over the .txt files under DIR/<lang>/
//   citegraph-bench graph EDGES [--seed S]       load, in-degree, PageRank, sampled betweenness, lineage
//
// Timings are wall-clock seconds on one core (the best of several runs where stated).
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())

func option(_ name: String, default value: Int) -> Int {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count,
        let number = Int(arguments[index + 1])
    else { return value }
    return number
}

do {
    switch arguments.first {
    case "extraction" where arguments.count >= 2:
        print(try ExtractionBenchmark(folder: arguments[1], scale: option("--scale", default: 1)).run())
    case "graph" where arguments.count >= 2:
        print(try GraphBenchmark(edgesPath: arguments[1], seed: UInt64(option("--seed", default: 1))).run())
    default:
        FileHandle.standardError.write(Data("usage: citegraph-bench extraction DIR [--scale N] | graph EDGES [--seed S]\n".utf8))
        exit(64)
    }
} catch {
    FileHandle.standardError.write(Data("citegraph-bench: \(error)\n".utf8))
    exit(1)
}
