import CitegraphGraph

/// Co-citation (Small, 1973): two documents are co-cited when a third cites them both; the strength
/// of the pair is the number of documents citing both.
public struct CoCitation: Sendable {
    /// Creates the analysis.
    public init() {}

    /// The most co-cited pairs (only those holding `anchor` when given), by descending count, ties in node order.
    public func topPairs(in digraph: Digraph, involving anchor: Int32? = nil, top: Int? = nil) -> [NodePair] {
        NodePair.countNeighbourPairs(in: digraph, involving: anchor, top: top)
    }
}
