import CitegraphGraph

/// Betweenness centrality by Brandes' algorithm on the unweighted collapsed graph, rescaled as
/// NetworkX's `betweenness_centrality` does for directed graphs without endpoints:
/// - exact (every node a source), normalised: divided by `(n − 1)(n − 2)`;
/// - sampled from `k` sources: sources divided by `(k − 1)(n − 2)`, other nodes by `k (n − 2)`.
public struct Betweenness: Sendable {
    /// Divide by the number of node pairs (NetworkX's `normalized`, true by default).
    public var normalized: Bool

    /// Creates the analysis.
    public init(normalized: Bool = true) {
        self.normalized = normalized
    }

    /// Exact betweenness of every node, by node index.
    public func exact(in digraph: Digraph) -> [Double] {
        let raw = accumulate(in: digraph, sources: (0..<digraph.nodeCount).map(Int32.init))
        return rescale(raw, nodeCount: digraph.nodeCount, sampled: nil)
    }

    /// Betweenness estimated from `k` source nodes drawn with a seeded generator: the same seed gives
    /// the same sources and the same scores.
    public func sampled(in digraph: Digraph, k: Int, seed: UInt64) throws -> [Double] {
        guard k >= 1, k <= digraph.nodeCount else {
            throw AnalysisError.invalidParameter(name: "k", reason: "\(k) sources for \(digraph.nodeCount) nodes")
        }
        var generator = SeededGenerator(seed: seed)
        return try sampled(in: digraph, sources: generator.sample(k, from: digraph.nodeCount))
    }

    /// Betweenness estimated from the given source nodes (distinct node indices).
    public func sampled(in digraph: Digraph, sources: [Int32]) throws -> [Double] {
        guard Set(sources).count == sources.count, sources.allSatisfy({ $0 >= 0 && Int($0) < digraph.nodeCount }) else {
            throw AnalysisError.invalidParameter(name: "sources", reason: "not distinct node indices of the graph")
        }
        if sources.count == digraph.nodeCount { return exact(in: digraph) }
        return rescale(accumulate(in: digraph, sources: sources), nodeCount: digraph.nodeCount, sampled: sources)
    }

    /// What a breadth-first search keeps per node, together so that one cache line serves a visit.
    struct SearchState {
        var distance: Int32 = -1
        var paths: Double = 0
        var dependency: Double = 0
    }

    /// Raw pair-dependency sums from breadth-first searches out of each source.
    ///
    /// Dependencies are pulled from successors (`δ(v) = Σ σ(v)·(1 + δ(w))/σ(w)` over successors `w` one
    /// step further), so both passes read the out-adjacency only.
    func accumulate(in digraph: Digraph, sources: [Int32]) -> [Double] {
        let count = digraph.nodeCount
        var centrality = [Double](repeating: 0, count: count)
        var state = [SearchState](repeating: SearchState(), count: count)
        var order = [Int32](repeating: 0, count: count)
        digraph.outOffsets.withUnsafeBufferPointer { offsets in
            digraph.outTargets.withUnsafeBufferPointer { targets in
                state.withUnsafeMutableBufferPointer { state in
                    order.withUnsafeMutableBufferPointer { order in
                        centrality.withUnsafeMutableBufferPointer { centrality in
                            for source in sources {
                                // Breadth-first search, recording visit order and shortest-path counts.
                                var head = 0, tail = 0
                                order[tail] = source; tail += 1
                                state[Int(source)].distance = 0
                                state[Int(source)].paths = 1
                                while head < tail {
                                    let node = Int(order[head]); head += 1
                                    let next = state[node].distance + 1
                                    let paths = state[node].paths
                                    for slot in Int(offsets[node])..<Int(offsets[node + 1]) {
                                        let target = Int(targets[slot])
                                        if state[target].distance < 0 {
                                            state[target].distance = next
                                            order[tail] = Int32(target); tail += 1
                                        }
                                        if state[target].distance == next { state[target].paths += paths }
                                    }
                                }
                                // Dependencies in reverse visit order, pulled from successors.
                                for position in stride(from: tail - 1, through: 0, by: -1) {
                                    let node = Int(order[position])
                                    let next = state[node].distance + 1
                                    let paths = state[node].paths
                                    var dependency = 0.0
                                    for slot in Int(offsets[node])..<Int(offsets[node + 1]) {
                                        let target = Int(targets[slot])
                                        if state[target].distance == next {
                                            dependency += paths * ((1 + state[target].dependency) / state[target].paths)
                                        }
                                    }
                                    state[node].dependency = dependency
                                    if node != Int(source) { centrality[node] += dependency }
                                }
                                for position in 0..<tail { state[Int(order[position])] = SearchState() }
                            }
                        }
                    }
                }
            }
        }
        return centrality
    }

    /// NetworkX's `_rescale` for a directed graph without endpoints.
    func rescale(_ raw: [Double], nodeCount n: Int, sampled: [Int32]?) -> [Double] {
        let pairs = n - 1
        guard pairs >= 2 else { return raw }
        guard let sampled else {
            let scale = 1 / (Double(n - 1) * Double(n - 2))
            return normalized ? raw.map { $0 * scale } : raw
        }
        let k = Double(sampled.count)
        let isSource = Set(sampled)
        let sourceScale: Double, otherScale: Double
        if normalized {
            sourceScale = sampled.count > 1 ? 1 / ((k - 1) * Double(pairs - 1)) : .nan
            otherScale = 1 / (k * Double(pairs - 1))
        } else {
            sourceScale = sampled.count > 1 ? Double(pairs) / (k - 1) : .nan
            otherScale = Double(pairs) / k
        }
        return raw.indices.map { raw[$0] * (isSource.contains(Int32($0)) ? sourceScale : otherScale) }
    }
}
