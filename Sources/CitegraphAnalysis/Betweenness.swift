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

    /// Raw pair-dependency sums from breadth-first searches out of each source.
    func accumulate(in digraph: Digraph, sources: [Int32]) -> [Double] {
        let count = digraph.nodeCount
        var centrality = [Double](repeating: 0, count: count)
        var distance = [Int32](repeating: -1, count: count)
        var paths = [Double](repeating: 0, count: count)
        var dependency = [Double](repeating: 0, count: count)
        var order = [Int32](repeating: 0, count: count)
        digraph.outOffsets.withUnsafeBufferPointer { outOffsets in
            digraph.outTargets.withUnsafeBufferPointer { outTargets in
                digraph.inOffsets.withUnsafeBufferPointer { inOffsets in
                    digraph.inSources.withUnsafeBufferPointer { inSources in
                        for source in sources {
                            // Breadth-first search, recording visit order and shortest-path counts.
                            var head = 0, tail = 0
                            order[tail] = source; tail += 1
                            distance[Int(source)] = 0
                            paths[Int(source)] = 1
                            while head < tail {
                                let node = Int(order[head]); head += 1
                                let next = distance[node] + 1
                                for slot in Int(outOffsets[node])..<Int(outOffsets[node + 1]) {
                                    let target = Int(outTargets[slot])
                                    if distance[target] < 0 {
                                        distance[target] = next
                                        order[tail] = Int32(target); tail += 1
                                    }
                                    if distance[target] == next { paths[target] += paths[node] }
                                }
                            }
                            // Back-propagation of dependencies in reverse visit order.
                            for position in stride(from: tail - 1, through: 0, by: -1) {
                                let node = Int(order[position])
                                let coefficient = (1 + dependency[node]) / paths[node]
                                let previous = distance[node] - 1
                                for slot in Int(inOffsets[node])..<Int(inOffsets[node + 1]) {
                                    let predecessor = Int(inSources[slot])
                                    if distance[predecessor] == previous && previous >= 0 {
                                        dependency[predecessor] += paths[predecessor] * coefficient
                                    }
                                }
                                if node != Int(source) { centrality[node] += dependency[node] }
                            }
                            for position in 0..<tail {
                                let node = Int(order[position])
                                distance[node] = -1
                                paths[node] = 0
                                dependency[node] = 0
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
