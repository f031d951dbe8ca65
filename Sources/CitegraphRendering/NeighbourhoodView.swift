import CitegraphDocuments
import CitegraphGraph

/// The neighbourhood of a document: what it cites (earlier, to the left) and what cites it (later,
/// to the right), one citation step each way, in time order.
///
/// Only the citations of and to the document are drawn, not those among its neighbours, so the
/// diagram answers "what does it build on, who builds on it" without a tangle. Each side keeps at
/// most ``maximumPerSide`` documents: the most cited first, then the most recent.
public struct NeighbourhoodView: DiagramView {
    /// The document.
    public var symbol: DocumentSymbol
    /// The most documents drawn on each side (cited, citing).
    public var maximumPerSide: Int

    /// Creates the view.
    public init(symbol: DocumentSymbol, maximumPerSide: Int = 40) {
        self.symbol = symbol
        self.maximumPerSide = max(1, maximumPerSide)
    }

    public func diagram(of graph: CitationGraph) throws -> CitationDiagram {
        guard let focus = graph.index(of: symbol) else { throw DiagramError.unknownDocument(symbol.canonical) }
        let excerpt = GraphExcerpt(graph: graph)
        let scores = GraphExcerpt.citingCounts(graph)
        let cited = graph.digraph.successors(of: focus).filter { $0 != focus && !graph.isForwardInTime(from: focus, to: $0) }
        let citing = graph.digraph.predecessors(of: focus).filter { $0 != focus && !graph.isForwardInTime(from: $0, to: focus) }
        let keptCited = excerpt.top(Array(cited), scores: scores, limit: maximumPerSide)
        let keptCiting = excerpt.top(Array(citing), scores: scores, limit: maximumPerSide)

        var notes: [String] = []
        if keptCited.count < cited.count { notes.append("showing the \(keptCited.count) most cited (then most recent) of the \(cited.count) documents it cites") }
        if keptCiting.count < citing.count { notes.append("showing the \(keptCiting.count) most cited (then most recent) of the \(citing.count) documents citing it") }
        let members = Set(keptCited + keptCiting + [focus])
        let nodes = excerpt.chronological(Array(members)).map { excerpt.node($0, score: scores[Int($0)], isFocus: $0 == focus) }
        let edges = keptCited.map { excerpt.edge(from: focus, to: $0) } + keptCiting.map { excerpt.edge(from: $0, to: focus) }
        return CitationDiagram(
            nodes: nodes, edges: edges,
            caption: "Neighbourhood of \(symbol.canonical): \(cited.count) documents it cites, \(citing.count) citing it",
            prunedNote: notes.isEmpty ? nil : notes.joined(separator: "; "),
            layout: .timeOrdered(nodeCount: nodes.count),
            scoreName: DiagramScore.citations.name)
    }
}
