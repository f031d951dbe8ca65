import CitegraphGraph

/// Two documents and how many times they go together (co-cited, or coupled by shared references).
public struct NodePair: Hashable, Sendable {
    /// The first document's node index (the smaller one).
    public var first: Int32
    /// The second document's node index.
    public var second: Int32
    /// How many documents cite both (co-citation) or how many documents both cite (coupling).
    public var count: Int

    /// Creates a pair.
    public init(first: Int32, second: Int32, count: Int) {
        self.first = first
        self.second = second
        self.count = count
    }

    /// Counts, for every node, the pairs of its neighbours (`successors` in `digraph`), and returns the
    /// `top` pairs by descending count, ties in node order. With `anchor`, only the pairs holding it,
    /// counted from the nodes that have it as a neighbour instead of from every node.
    static func countNeighbourPairs(in digraph: Digraph, involving anchor: Int32? = nil, top: Int?) -> [NodePair] {
        var counts = [UInt64: Int]()
        func count(_ a: Int32, _ b: Int32) {
            let (first, second) = a < b ? (a, b) : (b, a)
            counts[UInt64(UInt32(first)) << 32 | UInt64(UInt32(second)), default: 0] += 1
        }
        if let anchor {
            for node in digraph.predecessors(of: anchor) {
                for neighbour in digraph.successors(of: node) where neighbour != anchor { count(anchor, neighbour) }
            }
        } else {
            for node in 0..<digraph.nodeCount {
                let neighbours = digraph.successors(of: Int32(node))
                guard neighbours.count > 1 else { continue }
                for i in neighbours.indices {
                    for j in neighbours.indices where j > i { count(neighbours[i], neighbours[j]) }
                }
            }
        }
        var pairs = counts.map { NodePair(first: Int32(truncatingIfNeeded: $0.key >> 32), second: Int32(truncatingIfNeeded: $0.key & 0xFFFF_FFFF), count: $0.value) }
        pairs.sort { $0.count != $1.count ? $0.count > $1.count : ($0.first, $0.second) < ($1.first, $1.second) }
        if let top { pairs = Array(pairs.prefix(max(0, top))) }
        return pairs
    }
}
