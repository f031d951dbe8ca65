import CitegraphGraph

/// The most-cited overview: the documents with the highest scores, drawn larger the higher their
/// score, in time order, with the citations among them transitively reduced.
public struct TopView: DiagramView {
    /// How many documents to draw.
    public var count: Int
    /// What to rank and size by.
    public var score: DiagramScore

    /// Creates the view.
    public init(count: Int = 30, score: DiagramScore = .citations) {
        self.count = max(1, count)
        self.score = score
    }

    public func diagram(of graph: CitationGraph) throws -> CitationDiagram {
        guard graph.nodeCount > 0 else { throw DiagramError.empty }
        let excerpt = GraphExcerpt(graph: graph)
        let scores = try score.scores(in: graph)
        let chosen = excerpt.top((0..<Int32(graph.nodeCount)).map { $0 }, scores: scores, limit: count)
        let members = Set(chosen)
        let allLinks = excerpt.links(among: members).map { ($0.citing, $0.cited) }
        let links = TransitiveReduction.reduce(allLinks)
        var notes: [String] = []
        if let note = CitationDiagram.prunedNote(showing: chosen.count, of: graph.nodeCount, selection: "the top by \(score.name)") {
            notes.append(note)
        }
        if links.count < allLinks.count {
            notes.append("transitive reduction: \(allLinks.count - links.count) of \(allLinks.count) citations implied by others not drawn")
        }
        let nodes = excerpt.chronological(chosen).map { excerpt.node($0, score: scores[Int($0)]) }
        return CitationDiagram(
            nodes: nodes, edges: links.map { excerpt.edge(from: $0.0, to: $0.1) },
            caption: score == .citations
                ? "The \(chosen.count) most cited documents, sized by the number of documents citing them"
                : "The \(chosen.count) documents with the highest PageRank, sized by it",
            prunedNote: notes.isEmpty ? nil : notes.joined(separator: "; "),
            layout: .timeOrdered(nodeCount: nodes.count),
            scoreName: score.name)
    }
}
