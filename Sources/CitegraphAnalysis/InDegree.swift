import CitegraphCitations
import CitegraphDocuments
import CitegraphGraph

/// "Most cited": how many distinct documents cite each document (in-degree of the collapsed graph,
/// as NetworkX's `in_degree`), optionally counting only some relations or citing years.
public struct InDegree: Sendable {
    /// Count only citations with these relations; nil counts all.
    public var relations: Set<Relation>?
    /// Count only citations made by documents of these years; nil counts all.
    public var citingYears: ClosedRange<Int>?

    /// Creates the analysis with optional filters.
    public init(relations: Set<Relation>? = nil, citingYears: ClosedRange<Int>? = nil) {
        self.relations = relations
        self.citingYears = citingYears
    }

    /// The number of distinct citing documents of every node, by node index.
    public func scores(in graph: CitationGraph) -> [Double] {
        let digraph = graph.digraph(relations: relations, citingYears: citingYears)
        return (0..<digraph.nodeCount).map { Double(digraph.inDegree(of: Int32($0))) }
    }

    /// The number of citation occurrences of every node (summing typed edge counts), by node index.
    public func occurrences(in graph: CitationGraph) -> [Int] {
        var totals = [Int](repeating: 0, count: graph.nodeCount)
        for source in 0..<graph.nodeCount {
            if let citingYears, !(graph.nodes[source].year.map(citingYears.contains) ?? false) { continue }
            for position in graph.edgePositions(from: Int32(source)) {
                let edge = graph.edge(at: position)
                if relations?.contains(edge.relation) ?? true { totals[Int(edge.target)] += edge.count }
            }
        }
        return totals
    }

    /// The most cited documents, optionally of some kinds only.
    public func mostCited(in graph: CitationGraph, kinds: Set<DocumentKind>? = nil, top: Int? = nil) -> [RankedNode] {
        Ranking.rank(scores(in: graph), in: graph, kinds: kinds, limit: top)
    }
}
