import CitegraphGraph

/// Bibliographic coupling (Kessler, 1963): two documents are coupled when they cite a same document;
/// the strength of the pair is the number of documents they both cite.
public struct BibliographicCoupling: Sendable {
    /// Creates the analysis.
    public init() {}

    /// The most strongly coupled pairs (only those holding `anchor` when given), by descending count, ties
    /// in node order.
    public func topPairs(in digraph: Digraph, involving anchor: Int32? = nil, top: Int? = nil) -> [NodePair] {
        // Pairs of citing documents of each cited document: neighbour pairs of the reversed graph.
        NodePair.countNeighbourPairs(in: digraph.reversed(), involving: anchor, top: top)
    }
}
