import CitegraphAnalysis
import CitegraphCitations
import CitegraphDocuments
import CitegraphGraph

/// The lineage of a document: what it builds on (to the left, earlier) and what builds on it (to the
/// right, later), time running left to right with one column per year.
///
/// Pruned to stay readable and fast: at most ``depth`` citation steps each way, at most
/// ``maximumDocuments`` documents (the nearest first, then the most cited, then the most recent), and a transitive
/// reduction of the citations (`2493 → 1325` is dropped when `2493 → 2467 → … → 1325` says it).
public struct LineageView: DiagramView {
    /// Which way the lineage goes from the document.
    public enum Direction: String, Sendable, CaseIterable {
        /// The documents it cites, transitively.
        case ancestors
        /// The documents citing it, transitively.
        case descendants
        /// Both.
        case both
    }

    /// The document.
    public var symbol: DocumentSymbol
    /// Which way to go.
    public var direction: Direction
    /// The most citation steps followed each way.
    public var depth: Int
    /// The most documents drawn besides the focus.
    public var maximumDocuments: Int
    /// Follow only citations with these relations; nil follows all.
    public var relations: Set<Relation>?
    /// Drop citations implied by others.
    public var reducesTransitively: Bool

    /// Creates the view.
    public init(
        symbol: DocumentSymbol, direction: Direction = .both, depth: Int = 2, maximumDocuments: Int = 60,
        relations: Set<Relation>? = nil, reducesTransitively: Bool = true
    ) {
        self.symbol = symbol
        self.direction = direction
        self.depth = max(1, depth)
        self.maximumDocuments = max(1, maximumDocuments)
        self.relations = relations
        self.reducesTransitively = reducesTransitively
    }

    public func diagram(of graph: CitationGraph) throws -> CitationDiagram {
        guard let start = graph.index(of: symbol) else { throw DiagramError.unknownDocument(symbol.canonical) }
        let excerpt = GraphExcerpt(graph: graph)
        let scores = GraphExcerpt.citingCounts(graph)
        var members: [Lineage.Member] = []
        var beyond = 0
        let directions: [Lineage.Direction] =
            switch direction {
            case .ancestors: [.ancestors]
            case .descendants: [.descendants]
            case .both: [.ancestors, .descendants]
            }
        for way in directions {
            members += Lineage(direction: way, depth: depth, relations: relations).members(of: start, in: graph).members
            let unlimited = Lineage(direction: way, depth: depth + 1, relations: relations).members(of: start, in: graph).members
            beyond += unlimited.count(where: { $0.depth > depth })
        }
        // Nearest first, then most cited, then most recent; a document reached both ways counts once.
        var seen: Set<Int32> = [start]
        let byDepth = Dictionary(grouping: members, by: \.depth)
        let ranked = byDepth.keys.sorted().flatMap { depth in
            excerpt.ranked(byDepth[depth, default: []].map(\.node), scores: scores)
        }.filter { seen.insert($0).inserted }
        let kept = Array(ranked.prefix(maximumDocuments))
        let chosen = Set(kept + [start])

        var notes: [String] = []
        if kept.count < ranked.count {
            notes.append("showing \(kept.count) of \(ranked.count) documents within \(depth) steps (nearest, then most cited, then most recent)")
        }
        if beyond > 0 { notes.append("depth limited to \(depth) step\(depth == 1 ? "" : "s"): \(beyond) more documents one step further") }

        let relationSet = relations
        let allLinks = excerpt.links(among: chosen) { citing, cited in
            relationSet.map { wanted in !Set(graph.relations(from: citing, to: cited)).isDisjoint(with: wanted) } ?? true
        }
        let links = reducesTransitively ? TransitiveReduction.reduce(allLinks.map { ($0.citing, $0.cited) }) : allLinks.map { ($0.citing, $0.cited) }
        if links.count < allLinks.count {
            notes.append("transitive reduction: \(allLinks.count - links.count) of \(allLinks.count) citations implied by others not drawn")
        }
        let nodes = excerpt.chronological(Array(chosen)).map { excerpt.node($0, score: scores[Int($0)], isFocus: $0 == start) }
        let label = direction == .ancestors ? "what it builds on" : direction == .descendants ? "what builds on it" : "what it builds on and what builds on it"
        return CitationDiagram(
            nodes: nodes, edges: links.map { excerpt.edge(from: $0.0, to: $0.1) },
            caption: "Lineage of \(symbol.canonical): \(label)",
            prunedNote: notes.isEmpty ? nil : notes.joined(separator: "; "),
            layout: .timeOrdered(nodeCount: nodes.count),
            scoreName: DiagramScore.citations.name)
    }
}
