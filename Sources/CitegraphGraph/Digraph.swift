/// A simple directed graph over node indices `0..<nodeCount`, stored compactly for analyses.
///
/// Adjacency is compressed sparse rows in both directions: `outOffsets[v]..<outOffsets[v+1]` indexes
/// `outTargets` (the nodes `v` cites, ascending) and `inOffsets[v]..<inOffsets[v+1]` indexes
/// `inSources` (the nodes citing `v`, ascending). Indices and offsets are `Int32`: about 8 bytes per
/// edge plus 8 bytes per node. There are no parallel edges; self-loops are kept if given.
public struct Digraph: Sendable, Equatable {
    /// The number of nodes.
    public let nodeCount: Int
    /// Where each node's successors start in ``outTargets``; `nodeCount + 1` entries.
    public let outOffsets: [Int32]
    /// The successors of every node, node by node, each run ascending.
    public let outTargets: [Int32]
    /// Where each node's predecessors start in ``inSources``; `nodeCount + 1` entries.
    public let inOffsets: [Int32]
    /// The predecessors of every node, node by node, each run ascending.
    public let inSources: [Int32]

    /// The number of edges.
    public var edgeCount: Int { outTargets.count }

    /// Builds the graph from parallel arrays of edge endpoints, dropping repeated edges.
    ///
    /// - Throws: ``GraphError/invalidValue(source:field:reason:)`` when an endpoint is not a node index,
    ///   ``GraphError/tooLarge(source:reason:)`` beyond `Int32` indices.
    public init(nodeCount: Int, sources: [Int32], targets: [Int32]) throws {
        guard sources.count == targets.count else {
            throw GraphError.invalidValue(source: "edge list", field: "endpoints", reason: "\(sources.count) sources for \(targets.count) targets")
        }
        guard nodeCount >= 0, nodeCount < Int(Int32.max), sources.count < Int(Int32.max) else {
            throw GraphError.tooLarge(source: "edge list", reason: "\(nodeCount) nodes, \(sources.count) edges")
        }
        let limit = Int32(nodeCount)
        for index in sources.indices where sources[index] < 0 || sources[index] >= limit || targets[index] < 0 || targets[index] >= limit {
            throw GraphError.invalidValue(
                source: "edge list", field: "edge \(index)",
                reason: "endpoint \(sources[index]) → \(targets[index]) outside 0..<\(nodeCount)")
        }
        // Counting sort by source, then sort and deduplicate each run.
        var offsets = [Int32](repeating: 0, count: nodeCount + 1)
        for source in sources { offsets[Int(source) + 1] += 1 }
        for node in 0..<nodeCount { offsets[node + 1] += offsets[node] }
        var fill = offsets
        var targetsBySource = [Int32](repeating: 0, count: sources.count)
        for index in sources.indices {
            let slot = Int(fill[Int(sources[index])])
            targetsBySource[slot] = targets[index]
            fill[Int(sources[index])] += 1
        }
        var compactOffsets = [Int32](repeating: 0, count: nodeCount + 1)
        var kept = 0
        targetsBySource.withUnsafeMutableBufferPointer { buffer in
            for node in 0..<nodeCount {
                let start = Int(offsets[node]), end = Int(offsets[node + 1])
                if end - start > 1 {
                    var run = UnsafeMutableBufferPointer(rebasing: buffer[start..<end])
                    run.sort()
                }
                var previous: Int32 = -1
                for slot in start..<end where buffer[slot] != previous {
                    previous = buffer[slot]
                    buffer[kept] = previous
                    kept += 1
                }
                compactOffsets[node + 1] = Int32(kept)
            }
        }
        targetsBySource.removeLast(targetsBySource.count - kept)
        self.init(nodeCount: nodeCount, outOffsets: compactOffsets, outTargets: targetsBySource)
    }

    /// Builds the graph from out-adjacency already in compressed rows (each run ascending, no
    /// repeats), deriving the in-adjacency.
    init(nodeCount: Int, outOffsets: [Int32], outTargets: [Int32]) {
        var inOffsets = [Int32](repeating: 0, count: nodeCount + 1)
        for target in outTargets { inOffsets[Int(target) + 1] += 1 }
        for node in 0..<nodeCount { inOffsets[node + 1] += inOffsets[node] }
        var fill = inOffsets
        var inSources = [Int32](repeating: 0, count: outTargets.count)
        inSources.withUnsafeMutableBufferPointer { sourcesBuffer in
            fill.withUnsafeMutableBufferPointer { fillBuffer in
                outTargets.withUnsafeBufferPointer { targets in
                    outOffsets.withUnsafeBufferPointer { offsets in
                        for source in 0..<nodeCount {
                            for slot in Int(offsets[source])..<Int(offsets[source + 1]) {
                                let target = Int(targets[slot])
                                sourcesBuffer[Int(fillBuffer[target])] = Int32(source)
                                fillBuffer[target] += 1
                            }
                        }
                    }
                }
            }
        }
        self.init(nodeCount: nodeCount, outOffsets: outOffsets, outTargets: outTargets, inOffsets: inOffsets, inSources: inSources)
    }

    private init(nodeCount: Int, outOffsets: [Int32], outTargets: [Int32], inOffsets: [Int32], inSources: [Int32]) {
        self.nodeCount = nodeCount
        self.outOffsets = outOffsets
        self.outTargets = outTargets
        self.inOffsets = inOffsets
        self.inSources = inSources
    }

    /// The graph with every edge turned around (citing ↔ cited), sharing storage.
    public func reversed() -> Digraph {
        Digraph(nodeCount: nodeCount, outOffsets: inOffsets, outTargets: inSources, inOffsets: outOffsets, inSources: outTargets)
    }

    /// The nodes `node` points to (cites), ascending.
    public func successors(of node: Int32) -> ArraySlice<Int32> {
        outTargets[Int(outOffsets[Int(node)])..<Int(outOffsets[Int(node) + 1])]
    }

    /// The nodes pointing to (citing) `node`, ascending.
    public func predecessors(of node: Int32) -> ArraySlice<Int32> {
        inSources[Int(inOffsets[Int(node)])..<Int(inOffsets[Int(node) + 1])]
    }

    /// The number of nodes `node` points to.
    public func outDegree(of node: Int32) -> Int { Int(outOffsets[Int(node) + 1] - outOffsets[Int(node)]) }

    /// The number of nodes pointing to `node`.
    public func inDegree(of node: Int32) -> Int { Int(inOffsets[Int(node) + 1] - inOffsets[Int(node)]) }

    /// True when the graph holds the edge `source → target` (binary search in the source's run).
    public func hasEdge(from source: Int32, to target: Int32) -> Bool {
        var low = Int(outOffsets[Int(source)]), high = Int(outOffsets[Int(source) + 1])
        while low < high {
            let middle = (low + high) / 2
            if outTargets[middle] < target { low = middle + 1 } else { high = middle }
        }
        return low < Int(outOffsets[Int(source) + 1]) && outTargets[low] == target
    }

    /// The bytes held by the adjacency arrays (both directions).
    public var storageBytes: Int {
        MemoryLayout<Int32>.stride * (outOffsets.count + outTargets.count + inOffsets.count + inSources.count)
    }
}
