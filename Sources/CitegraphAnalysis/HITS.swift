import CitegraphGraph

/// Kleinberg's hubs and authorities, normalised as NetworkX's `hits` does: authorities are the
/// principal right singular vector of the adjacency matrix, hubs are `A · authorities`, and each
/// vector is divided by its sum.
///
/// Computed by power iteration on `AᵀA` from a uniform start until the L1 change of the normalised
/// authority vector is below `tolerance` (NetworkX uses ARPACK; both find the same vector when the
/// leading singular value is simple).
public struct HITS: Sendable {
    /// Convergence threshold on the L1 change of the sum-normalised authority vector.
    public var tolerance: Double
    /// The most iterations before giving up.
    public var maxIterations: Int

    /// Creates the analysis.
    public init(tolerance: Double = 1e-14, maxIterations: Int = 100_000) {
        self.tolerance = tolerance
        self.maxIterations = maxIterations
    }

    /// Hub and authority scores, by node index.
    public struct Scores: Sendable, Equatable {
        /// Hub scores: documents citing good authorities.
        public var hubs: [Double]
        /// Authority scores: documents cited by good hubs.
        public var authorities: [Double]
    }

    /// Hubs and authorities of every node; NaN for every node of a graph without edges.
    /// - Throws: ``AnalysisError/notConverged(method:iterations:)``.
    public func scores(in digraph: Digraph) throws -> Scores {
        let count = digraph.nodeCount
        guard count > 0 else { return Scores(hubs: [], authorities: []) }
        guard digraph.edgeCount > 0 else {
            // No edge, no singular direction: every score is 0/0 (NetworkX's ARPACK call raises here).
            return Scores(hubs: [Double](repeating: .nan, count: count), authorities: [Double](repeating: .nan, count: count))
        }
        var authorities = [Double](repeating: 1.0 / Double(count), count: count)
        var hubs = [Double](repeating: 0, count: count)
        var next = [Double](repeating: 0, count: count)
        for _ in 0..<maxIterations {
            Self.multiply(digraph.outOffsets, digraph.outTargets, authorities, into: &hubs)
            Self.multiply(digraph.inOffsets, digraph.inSources, hubs, into: &next)
            let total = next.reduce(0, +)
            guard total > 0 else { break }
            var change = 0.0
            for node in 0..<count {
                next[node] /= total
                change += abs(next[node] - authorities[node])
            }
            swap(&authorities, &next)
            if change < tolerance {
                Self.multiply(digraph.outOffsets, digraph.outTargets, authorities, into: &hubs)
                let hubTotal = hubs.reduce(0, +)
                return Scores(hubs: hubs.map { $0 / hubTotal }, authorities: authorities)
            }
        }
        throw AnalysisError.notConverged(method: "HITS", iterations: maxIterations)
    }

    /// `result[v] = Σ vector[w]` over the run of `v` in a compressed adjacency.
    static func multiply(_ offsets: [Int32], _ neighbours: [Int32], _ vector: [Double], into result: inout [Double]) {
        offsets.withUnsafeBufferPointer { offsets in
            neighbours.withUnsafeBufferPointer { neighbours in
                vector.withUnsafeBufferPointer { vector in
                    result.withUnsafeMutableBufferPointer { result in
                        for node in 0..<result.count {
                            var sum = 0.0
                            for slot in Int(offsets[node])..<Int(offsets[node + 1]) { sum += vector[Int(neighbours[slot])] }
                            result[node] = sum
                        }
                    }
                }
            }
        }
    }
}
