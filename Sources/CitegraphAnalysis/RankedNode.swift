import CitegraphDocuments
import CitegraphGraph

/// A node with its score in a ranking.
public struct RankedNode: Hashable, Sendable {
    /// The node's index in the graph.
    public var node: Int32
    /// The node's symbol.
    public var symbol: DocumentSymbol
    /// The score the ranking gives it.
    public var score: Double

    /// Creates a ranked node.
    public init(node: Int32, symbol: DocumentSymbol, score: Double) {
        self.node = node
        self.symbol = symbol
        self.score = score
    }
}

/// Turns per-node scores into rankings: highest score first, ties in symbol order.
public enum Ranking {
    /// The nodes sorted by descending score (ties by node order, which is symbol order), keeping only
    /// the given kinds of document when `kinds` is given, and the first `limit` when it is.
    public static func rank(
        _ scores: [Double], in graph: CitationGraph, kinds: Set<DocumentKind>? = nil, limit: Int? = nil
    ) -> [RankedNode] {
        var order = scores.indices.filter { kinds?.contains(graph.nodes[$0].kind) ?? true }
        order.sort { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        if let limit { order = Array(order.prefix(max(0, limit))) }
        return order.map { RankedNode(node: Int32($0), symbol: graph.nodes[$0].symbol, score: scores[$0]) }
    }
}
