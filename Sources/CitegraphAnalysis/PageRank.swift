import CitegraphGraph

/// PageRank by power iteration, computing exactly what NetworkX's `pagerank` computes on the
/// collapsed (unweighted) graph: uniform start, dangling nodes' rank spread by the personalisation
/// vector (uniform when none), convergence when the L1 change is below `nodeCount × tolerance`.
///
/// The kernel pulls along in-edges over contiguous `Int32` arrays, adding in-neighbours in ascending
/// order, as SciPy's sparse product does.
public struct PageRank: Sendable {
    /// The damping factor α (NetworkX's `alpha`).
    public var damping: Double
    /// Per-node tolerance; iteration stops when the L1 change is below `nodeCount × tolerance`.
    public var tolerance: Double
    /// The most iterations before giving up.
    public var maxIterations: Int
    /// Teleport weights by node index (normalised to sum 1); nil teleports uniformly.
    public var personalization: [Int32: Double]?

    /// Creates the analysis with NetworkX's defaults.
    public init(damping: Double = 0.85, tolerance: Double = 1e-6, maxIterations: Int = 100, personalization: [Int32: Double]? = nil) {
        self.damping = damping
        self.tolerance = tolerance
        self.maxIterations = maxIterations
        self.personalization = personalization
    }

    /// The PageRank of every node of the graph, by node index; `reverse` runs it on the reversed
    /// graph (rank flowing from cited to citing documents).
    public func scores(in graph: CitationGraph, reverse: Bool = false) throws -> [Double] {
        try scores(in: reverse ? graph.digraph.reversed() : graph.digraph)
    }

    /// The PageRank of every node, by node index.
    /// - Throws: ``AnalysisError`` when parameters are out of range or the iteration does not converge.
    public func scores(in digraph: Digraph) throws -> [Double] {
        let count = digraph.nodeCount
        guard count > 0 else { return [] }
        guard damping >= 0, damping <= 1 else { throw AnalysisError.invalidParameter(name: "damping", reason: "\(damping) is not in 0…1") }
        guard tolerance > 0 else { throw AnalysisError.invalidParameter(name: "tolerance", reason: "\(tolerance) is not positive") }

        var teleport = [Double](repeating: 1.0 / Double(count), count: count)
        if let personalization {
            teleport = [Double](repeating: 0, count: count)
            for (node, weight) in personalization {
                guard node >= 0, Int(node) < count else {
                    throw AnalysisError.invalidParameter(name: "personalization", reason: "node \(node) is not in the graph")
                }
                guard weight >= 0, weight.isFinite else {
                    throw AnalysisError.invalidParameter(name: "personalization", reason: "weight \(weight) of node \(node)")
                }
                teleport[Int(node)] = weight
            }
            let total = teleport.reduce(0, +)
            guard total > 0 else { throw AnalysisError.invalidParameter(name: "personalization", reason: "weights sum to zero") }
            for node in 0..<count { teleport[node] /= total }
        }

        var inverseOutDegree = [Double](repeating: 0, count: count)
        var dangling = [Int32]()
        for node in 0..<count {
            let degree = digraph.outDegree(of: Int32(node))
            if degree > 0 { inverseOutDegree[node] = 1.0 / Double(degree) } else { dangling.append(Int32(node)) }
        }

        var rank = [Double](repeating: 1.0 / Double(count), count: count)
        var next = [Double](repeating: 0, count: count)
        var share = [Double](repeating: 0, count: count)
        let alpha = damping
        let limit = Double(count) * tolerance
        for _ in 0..<maxIterations {
            let change = Self.iterate(
                digraph: digraph, rank: &rank, next: &next, share: &share, inverseOutDegree: inverseOutDegree,
                dangling: dangling, teleport: teleport, alpha: alpha)
            swap(&rank, &next)
            if change < limit { return rank }
        }
        throw AnalysisError.notConverged(method: "PageRank", iterations: maxIterations)
    }

    /// One pull iteration: `next = α (rankᵀ W + dangling mass × teleport) + (1 − α) teleport`.
    /// Returns the L1 distance between `next` and `rank`.
    static func iterate(
        digraph: Digraph, rank: inout [Double], next: inout [Double], share: inout [Double], inverseOutDegree: [Double],
        dangling: [Int32], teleport: [Double], alpha: Double
    ) -> Double {
        let count = digraph.nodeCount
        var danglingMass = 0.0
        var change = 0.0
        rank.withUnsafeBufferPointer { rank in
            share.withUnsafeMutableBufferPointer { share in
                inverseOutDegree.withUnsafeBufferPointer { inverse in
                    for node in 0..<count { share[node] = rank[node] * inverse[node] }
                }
                dangling.withUnsafeBufferPointer { dangling in
                    for node in dangling { danglingMass += rank[Int(node)] }
                }
                next.withUnsafeMutableBufferPointer { next in
                    teleport.withUnsafeBufferPointer { teleport in
                        digraph.inOffsets.withUnsafeBufferPointer { offsets in
                            digraph.inSources.withUnsafeBufferPointer { sources in
                                let share = UnsafeBufferPointer(share)
                                var start = Int(offsets[0])
                                for node in 0..<count {
                                    let end = Int(offsets[node + 1])
                                    var sum = 0.0
                                    var slot = start
                                    while slot < end {
                                        sum += share[Int(sources[slot])]
                                        slot += 1
                                    }
                                    start = end
                                    let value = alpha * (sum + danglingMass * teleport[node]) + (1 - alpha) * teleport[node]
                                    next[node] = value
                                    change += abs(value - rank[node])
                                }
                            }
                        }
                    }
                }
            }
        }
        return change
    }
}
