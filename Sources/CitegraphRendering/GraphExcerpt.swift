import CitegraphCitations
import CitegraphGraph

/// Part of a citation graph turned into diagram nodes and edges: the building block of every view.
///
/// Typed edges between the same two documents become one arrow, drawn with the most specific of
/// their relations (``precedence``) and counting all their occurrences. Citations going forward in
/// time (misread symbols) are left out.
struct GraphExcerpt {
    /// The relations from most to least specific: an arrow that both recalls and reaffirms is drawn
    /// as reaffirms.
    static let precedence: [Relation] = [.pursuantTo, .extends, .endorses, .reaffirms, .welcomes, .takesNoteOf, .recalls, .cites]

    let graph: CitationGraph

    /// The number of distinct documents citing each node: the score views size documents by.
    static func citingCounts(_ graph: CitationGraph) -> [Double] {
        (0..<graph.nodeCount).map { Double(graph.digraph.inDegree(of: Int32($0))) }
    }

    /// The diagram node of a graph node.
    func node(_ index: Int32, score: Double, cluster: String? = nil, isFocus: Bool = false) -> DiagramNode {
        let node = graph.node(index)
        var diagramNode = DiagramNode(symbol: node.symbol, title: node.title, date: node.date, score: score,
                                      cluster: cluster, isFocus: isFocus)
        diagramNode.year = node.year
        return diagramNode
    }

    /// The collapsed citations among `members` (citing → cited), optionally only those `keep` accepts,
    /// sorted by citing then cited index.
    func links(among members: Set<Int32>, keep: (Int32, Int32) -> Bool = { _, _ in true }) -> [(citing: Int32, cited: Int32)] {
        var result: [(citing: Int32, cited: Int32)] = []
        for citing in members.sorted() {
            for cited in graph.digraph.successors(of: citing)
            where members.contains(cited) && !graph.isForwardInTime(from: citing, to: cited) && keep(citing, cited) {
                result.append((citing, cited))
            }
        }
        return result
    }

    /// The diagram edge for the citation `citing → cited`: its most specific relation, all occurrences.
    func edge(from citing: Int32, to cited: Int32) -> DiagramEdge {
        var relations: Set<Relation> = []
        var count = 0
        for position in graph.edgePositions(from: citing) {
            let edge = graph.edge(at: position)
            guard edge.target == cited else { continue }
            relations.insert(edge.relation)
            count += edge.count
        }
        let relation = Self.precedence.first(where: relations.contains) ?? .cites
        return DiagramEdge(from: graph.node(citing).symbol.canonical, to: graph.node(cited).symbol.canonical,
                           relation: relation, count: max(count, 1))
    }

    /// The `limit` best of `candidates` (``ranked(_:scores:)``), in symbol order.
    func top(_ candidates: [Int32], scores: [Double], limit: Int) -> [Int32] {
        guard candidates.count > limit else { return candidates.sorted() }
        return ranked(candidates, scores: scores).prefix(limit).sorted()
    }

    /// `candidates` best first: by score, ties to the most recent document (by date, else year;
    /// undated last), then symbol order. Of the many documents citing a resolution once, a pruned view
    /// keeps the latest rather than the first numbered.
    func ranked(_ candidates: [Int32], scores: [Double]) -> [Int32] {
        let times = Dictionary(candidates.map { ($0, graph.node($0).timeKey) }, uniquingKeysWith: { first, _ in first })
        return candidates.sorted { lhs, rhs in
            if scores[Int(lhs)] != scores[Int(rhs)] { return scores[Int(lhs)] > scores[Int(rhs)] }
            switch (times[lhs] ?? nil, times[rhs] ?? nil) {
            case let (left?, right?) where left != right: return left > right
            case (_?, nil): return true
            case (nil, _?): return false
            default: return lhs < rhs
            }
        }
    }

    /// Nodes in the order the diagram lists them: by year (undated last), then symbol order.
    func chronological(_ nodes: [Int32]) -> [Int32] {
        nodes.sorted { lhs, rhs in
            let (left, right) = (graph.node(lhs).year ?? Int.max, graph.node(rhs).year ?? Int.max)
            return left != right ? left < right : lhs < rhs
        }
    }
}
