import CitegraphAnalysis
import CitegraphGraph
import Foundation

/// The graph side of the benchmark, on the same edge list the Python tools read.
struct GraphBenchmark {
    let edgesPath: String
    let seed: UInt64
    /// As many sources as the Python side samples for betweenness.
    static let sampledSources = 64

    func run() throws -> String {
        let baseline = Stopwatch.peakResidentBytes
        let (load, digraph) = try Stopwatch.time { try EdgeListLoader.load(path: edgesPath) }
        let afterLoad = Stopwatch.peakResidentBytes
        // The least of a few runs of each step (as the Python side does): the machine is shared.
        let repeats = 3
        let betweennessRepeats = digraph.nodeCount <= 100_000 ? repeats : 1
        let (indegree, top) = Stopwatch.least(of: repeats) { TopCited.top(20, in: digraph) }
        let (pagerankSeconds, ranks) = try Stopwatch.least(of: repeats) {
            try PageRank(damping: 0.85, tolerance: 1e-10, maxIterations: 1000).scores(in: digraph)
        }
        var generator = SplitMix(seed: seed)
        var sources = Set<Int32>()
        while sources.count < min(Self.sampledSources, digraph.nodeCount) {
            sources.insert(Int32(generator.next() % UInt64(digraph.nodeCount)))
        }
        let (betweenness, _) = try Stopwatch.least(of: betweennessRepeats) {
            try Betweenness(normalized: false).sampled(in: digraph, sources: sources.sorted())
        }
        let newest = Int32(digraph.nodeCount - 1)
        let (lineage, ancestors) = Stopwatch.least(of: repeats) { Reachability.count(from: newest, in: digraph) }
        let peak = Stopwatch.peakResidentBytes
        let best = ranks.indices.max { ranks[$0] < ranks[$1] } ?? 0
        return """
            {"tool":"citegraph","nodes":\(digraph.nodeCount),"edges":\(digraph.edgeCount),\
            "seconds":{"load":\(load),"indegree_top20":\(indegree),"pagerank":\(pagerankSeconds),\
            "betweenness_sampled":\(betweenness),"lineage":\(lineage)},\
            "top":\(top.prefix(5).map(Int.init)),"pagerank_top":\(best),"ancestors":\(ancestors),\
            "graph_bytes":\(digraph.storageBytes),"bytes_per_edge":\(Double(digraph.storageBytes) / Double(max(digraph.edgeCount, 1))),\
            "memory_mb":\(Double(peak - baseline) / 1_048_576),"load_memory_mb":\(Double(afterLoad - baseline) / 1_048_576)}
            """
    }
}

/// The most cited nodes by in-degree, ties broken by id: a partial selection, no full sort.
enum TopCited {
    static func top(_ count: Int, in digraph: Digraph) -> [Int32] {
        var best: [(degree: Int, node: Int32)] = []
        for node in 0..<Int32(digraph.nodeCount) {
            let degree = digraph.inDegree(of: node)
            if best.count == count, let last = best.last, last.degree >= degree { continue }
            let slot = best.firstIndex { $0.degree < degree } ?? best.count
            best.insert((degree, node), at: slot)
            if best.count > count { best.removeLast() }
        }
        return best.map(\.node)
    }
}

/// The ancestors of a node: every document it cites, directly or through others (breadth first).
enum Reachability {
    static func count(from start: Int32, in digraph: Digraph) -> Int {
        var seen = [Bool](repeating: false, count: digraph.nodeCount)
        var queue = [start]
        seen[Int(start)] = true
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for next in digraph.successors(of: node) where !seen[Int(next)] {
                seen[Int(next)] = true
                queue.append(next)
            }
        }
        return queue.count - 1
    }
}

/// A small deterministic random generator (SplitMix64) for choosing the sampled sources.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
