import CitegraphGraph

/// The whole corpus at a glance.
///
/// Up to ``DiagramLayout/largestHierarchical`` documents it is drawn whole by dot, in time order,
/// with the citations transitively reduced.
/// Above, it keeps the ``maximumDocuments`` documents with the highest PageRank and, of the citations
/// among them, each document's ``citationsPerDocument`` to the highest-ranked documents it cites (the
/// backbone), drawn by sfdp with overlap removal: dot's ranking of a thousand documents takes minutes.
public struct CorpusView: DiagramView {
    /// The most documents drawn.
    public var maximumDocuments: Int
    /// The most citations drawn from each document when the corpus is pruned.
    public var citationsPerDocument: Int

    /// Creates the view.
    public init(maximumDocuments: Int = 250, citationsPerDocument: Int = 3) {
        self.maximumDocuments = max(1, maximumDocuments)
        self.citationsPerDocument = max(1, citationsPerDocument)
    }

    public func diagram(of graph: CitationGraph) throws -> CitationDiagram {
        guard graph.nodeCount > 0 else { throw DiagramError.empty }
        let excerpt = GraphExcerpt(graph: graph)
        let scores = try DiagramScore.pageRank.scores(in: graph)
        let chosen = excerpt.top((0..<Int32(graph.nodeCount)).map { $0 }, scores: scores, limit: maximumDocuments)
        let members = Set(chosen)
        let allLinks = excerpt.links(among: members)
        let layout = DiagramLayout.automatic(nodeCount: chosen.count)
        var notes: [String] = []
        if let note = CitationDiagram.prunedNote(showing: chosen.count, of: graph.nodeCount, selection: "the top by PageRank") {
            notes.append(note)
        }
        var links: [(Int32, Int32)]
        if layout.isHierarchical {
            links = TransitiveReduction.reduce(allLinks.map { ($0.citing, $0.cited) })
            if links.count < allLinks.count {
                notes.append("transitive reduction: \(allLinks.count - links.count) of \(allLinks.count) citations implied by others not drawn")
            }
        } else {
            // The backbone: each document's citations of the highest-ranked documents.
            let bySource = Dictionary(grouping: allLinks, by: \.citing)
            links = bySource.keys.sorted().flatMap { citing in
                bySource[citing, default: []].sorted { lhs, rhs in
                    scores[Int(lhs.cited)] != scores[Int(rhs.cited)] ? scores[Int(lhs.cited)] > scores[Int(rhs.cited)] : lhs.cited < rhs.cited
                }.prefix(citationsPerDocument).map { ($0.citing, $0.cited) }
            }
            if links.count < allLinks.count {
                notes.append("drawing \(links.count) of the \(allLinks.count) citations among them: each document's \(citationsPerDocument) to the highest ranked")
            }
        }
        let nodes = excerpt.chronological(chosen).map { excerpt.node($0, score: scores[Int($0)]) }
        var diagram = CitationDiagram(
            nodes: nodes, edges: links.map { excerpt.edge(from: $0.0, to: $0.1) },
            caption: "The corpus: \(graph.nodeCount) documents, \(graph.digraph.edgeCount) cited pairs; sized by PageRank",
            prunedNote: notes.isEmpty ? nil : notes.joined(separator: "; "),
            layout: layout, scoreName: DiagramScore.pageRank.name)
        diagram.bundlesCitations = true
        return diagram
    }
}
