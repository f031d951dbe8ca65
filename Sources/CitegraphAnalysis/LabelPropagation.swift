import CitegraphGraph

/// Communities by asynchronous label propagation (Raghavan, Albert and Kumara, 2007) on the
/// undirected view of the citation graph, made deterministic: each round visits the nodes in an order
/// shuffled by a seeded generator, a node takes the label most frequent among its neighbours (ties to
/// the smallest label, keeping its own when it is among the most frequent), and rounds stop when no
/// label changes. The same graph and seed always give the same communities.
public struct LabelPropagation: Sendable {
    /// The seed of the visiting order.
    public var seed: UInt64
    /// The most rounds.
    public var maxRounds: Int

    /// Creates the analysis.
    public init(seed: UInt64 = 0, maxRounds: Int = 100) {
        self.seed = seed
        self.maxRounds = maxRounds
    }

    /// The community of every node, by node index, numbered from 0 in order of each community's first
    /// node.
    public func communities(in digraph: Digraph) -> [Int32] {
        let count = digraph.nodeCount
        var labels = (0..<count).map(Int32.init)
        var generator = SeededGenerator(seed: seed)
        var order = (0..<count).map(Int32.init)
        var neighbourLabels = [Int32]()
        for _ in 0..<maxRounds {
            order.shuffle(using: &generator)
            var changed = false
            for node in order {
                neighbourLabels.removeAll(keepingCapacity: true)
                for neighbour in digraph.successors(of: node) { neighbourLabels.append(labels[Int(neighbour)]) }
                for neighbour in digraph.predecessors(of: node) { neighbourLabels.append(labels[Int(neighbour)]) }
                guard !neighbourLabels.isEmpty else { continue }
                neighbourLabels.sort()
                var best: Int32 = neighbourLabels[0], bestCount = 0, ownCount = 0
                var index = 0
                while index < neighbourLabels.count {
                    var end = index
                    while end < neighbourLabels.count && neighbourLabels[end] == neighbourLabels[index] { end += 1 }
                    if end - index > bestCount { best = neighbourLabels[index]; bestCount = end - index }
                    if neighbourLabels[index] == labels[Int(node)] { ownCount = end - index }
                    index = end
                }
                if ownCount < bestCount {
                    labels[Int(node)] = best
                    changed = true
                }
            }
            if !changed { break }
        }
        // Renumber by first appearance in node order.
        var renumbered = [Int32: Int32]()
        return labels.map { label in
            if let number = renumbered[label] { return number }
            let number = Int32(renumbered.count)
            renumbered[label] = number
            return number
        }
    }
}
