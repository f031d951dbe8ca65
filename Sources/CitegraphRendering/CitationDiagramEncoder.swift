import CitegraphCitations
import CitegraphDocuments
import Foundation
import Graphviz

/// Translates a ``CitationDiagram`` into a ``GraphvizGraph``.
///
/// - Documents: shape and colours by kind, the short label, a tooltip with symbol, title and date,
///   a link to `https://undocs.org/<symbol>`, size by score, a double border in focus.
/// - Citations: colour and line style by relation, width by count (also written on the arrow for
///   force-directed layouts), an arrow from the citing to the cited document.
/// - With dot: time runs left to right, one rank per year headed by a year axis (invisible-edge
///   chain, `rank=same` per year) that is moved after the layout to the bottom edge, the key under
///   it; citations do not constrain ranks, so a document always sits in its year's column; clusters
///   are drawn as boxes, their documents kept in their years' columns by invisible edges to the axis.
/// - Citations merged into bundles (`concentrate`) when the diagram asks for it and has no clusters;
///   then declared from the cited document with `dir=back`, so each arrowhead stays on its document.
/// - A key (HTML-like table), the caption and the pruned note on top.
/// Every string from the diagram is escaped for where it goes (``GraphvizText``).
public struct CitationDiagramEncoder: Sendable {
    /// The font of every text; DejaVu Sans ships with Debian and covers the scripts of UN titles.
    public var fontName = "DejaVu Sans"

    /// Creates an encoder.
    public init() {}

    /// The Graphviz description of `diagram`.
    /// - Throws: ``DiagramError`` for duplicate ids, edges to unknown documents or invalid scores.
    public func encode(_ diagram: CitationDiagram) throws -> GraphvizGraph {
        try validate(diagram)
        let hierarchical = diagram.layout.isHierarchical
        var graph = GraphvizGraph(
            name: "citations",
            attributes: graphAttributes(diagram, hierarchical: hierarchical),
            nodeDefaults: ["fontname": .text(fontName), "fontsize": "10", "style": "filled", "margin": "0.08,0.04"],
            edgeDefaults: ["fontname": .text(fontName), "fontsize": "8", "arrowsize": "0.6"])

        graph.nodes.append(DiagramLegend(for: diagram).node)
        let maximumScore = diagram.nodes.map(\.score).max() ?? 0
        let documents = diagram.nodes.map { node(for: $0, maximumScore: maximumScore, hierarchical: hierarchical) }

        if hierarchical {
            let axis = YearAxis(years: Set(diagram.nodes.compactMap(\.year)), hasUndated: diagram.nodes.contains { $0.year == nil })
            graph.nodes += axis.nodes
            graph.bottomRow = axis.columns.map(YearAxis.nodeName)
            graph.footer = [DiagramLegend.nodeName]
            graph.nodes += documents
            graph.edges += axis.chain
            let (clusters, alignment) = clusterSubgraphs(diagram, axis: axis)
            graph.subgraphs += rankGroups(diagram, axis: axis)
            graph.subgraphs += clusters
            graph.edges += alignment
        } else {
            graph.nodes += documents
        }
        let bundled = graph.attributes["concentrate"] != nil
        graph.edges += diagram.edges.map { edge(for: $0, hierarchical: hierarchical, bundled: bundled) }
        return graph
    }

    // MARK: - Parts

    private func graphAttributes(_ diagram: CitationDiagram, hierarchical: Bool) -> GraphvizAttributes {
        var attributes: GraphvizAttributes = [
            "label": .text(GraphvizText.escStringLines([diagram.caption] + (diagram.prunedNote.map { [$0] } ?? []))),
            "labelloc": "t", "labeljust": "l", "fontname": .text(fontName), "fontsize": "14",
            "tooltip": .text(GraphvizText.tooltip(diagram.caption)),
        ]
        if hierarchical {
            attributes["rankdir"] = "LR"
            attributes["ranksep"] = "0.5"
            attributes["nodesep"] = "0.2"
            // Citations spanning decades otherwise run as parallel staircases through every column
            // between their ends; merged into bundles they can be followed. Never with clusters, where
            // Graphviz 2.42's concentrate is known to crash.
            if diagram.bundlesCitations, !diagram.nodes.contains(where: { $0.cluster != nil }) { attributes["concentrate"] = "true" }
        } else {
            attributes["overlap"] = "prism"
            attributes["outputorder"] = "edgesfirst"
        }
        return attributes
    }

    private func node(for node: DiagramNode, maximumScore: Double, hierarchical: Bool) -> GraphvizNode {
        let style = DocumentKindStyle.of(node.kind)
        // Area grows with the score: side lengths with its square root.
        let relative = maximumScore > 0 ? (node.score / maximumScore).squareRoot() : 0
        var tooltip = [node.id, node.title, node.date].compactMap { $0 }.filter { !$0.isEmpty }
        if !hierarchical, let cluster = node.cluster { tooltip.append(cluster) }
        var attributes: GraphvizAttributes = [
            "label": .text(GraphvizText.escString(node.label)),
            "tooltip": .text(GraphvizText.tooltip(tooltip.joined(separator: " — "))),
            "URL": .text(GraphvizText.undocsURL(for: node.id)),
            "target": "_blank",
            "shape": .text(style.shape), "color": .text(style.color), "fillcolor": .text(style.fillColor),
            "fontcolor": .text(style.color),
            "fontsize": .text(Self.decimal(10 + 8 * relative)),
            "width": .text(Self.decimal(0.8 + 0.9 * relative)),
            "height": .text(Self.decimal(0.35 + 0.35 * relative)),
        ]
        if node.isFocus {
            attributes["peripheries"] = "2"
            attributes["penwidth"] = "2"
        }
        return GraphvizNode(node.id, attributes: attributes)
    }

    private func edge(for edge: DiagramEdge, hierarchical: Bool, bundled: Bool) -> GraphvizEdge {
        let style = RelationStyle.of(edge.relation)
        let count = edge.count
        var tooltip = "\(edge.from) \(style.name) \(edge.to)"
        if count > 1 { tooltip += " (\(count) times)" }
        var attributes: GraphvizAttributes = [
            "color": .text(style.color), "style": .text(style.style),
            "penwidth": .text(Self.decimal(1 + log2(Double(count)))),
            "tooltip": .text(GraphvizText.tooltip(tooltip)),
        ]
        // dot gets no edge labels: a label on an edge between two documents of the same year (a flat
        // edge) makes Graphviz 2.42's flat_edges reallocate the rank arrays under the clusters' feet
        // and free memory twice. The count is in the tooltip and the line width.
        if count > 1, !hierarchical { attributes["label"] = .text(String(count)) }
        if hierarchical { attributes["constraint"] = "false" }
        // Bundled, a citation pointing back in time (right to left) gets its arrowhead where its
        // bundle forks, not at the document (dot's concentrate mishandles reversed edges): declared
        // from the cited to the citing document, it runs forward, and `dir=back` draws the same arrow.
        if bundled {
            attributes["dir"] = "back"
            return GraphvizEdge(from: edge.to, to: edge.from, attributes: attributes)
        }
        return GraphvizEdge(from: edge.from, to: edge.to, attributes: attributes)
    }

    /// One `rank=same` group per axis column: the year node and the unclustered documents of that year.
    private func rankGroups(_ diagram: CitationDiagram, axis: YearAxis) -> [GraphvizSubgraph] {
        axis.columns.map { year in
            let members = diagram.nodes.filter { $0.year == year && $0.cluster == nil }.map(\.id)
            return GraphvizSubgraph.sameRank("rank:" + YearAxis.nodeName(year), nodes: [YearAxis.nodeName(year)] + members)
        }
    }

    /// Cluster boxes in order of first appearance, and the invisible edges that keep each clustered
    /// document in its year's column.
    ///
    /// A `rank=same` group cannot reach into a cluster, and dot (without `newrank`) ranks a
    /// cluster's members among themselves before placing the cluster as a whole. So inside each
    /// cluster the members of one year share a nested `rank=same` group, consecutive years are
    /// chained by invisible edges as many ranks apart as their columns, and each member is held
    /// between its year's axis node and the next one.
    private func clusterSubgraphs(_ diagram: CitationDiagram, axis: YearAxis) -> ([GraphvizSubgraph], [GraphvizEdge]) {
        var names: [String] = []
        for node in diagram.nodes { if let cluster = node.cluster, !names.contains(cluster) { names.append(cluster) } }
        let columns = axis.columns
        var alignment: [GraphvizEdge] = []
        let subgraphs = names.enumerated().map { index, name in
            let members = diagram.nodes.filter { $0.cluster == name }
            let name = "cluster_\(index + 1)"
            var years: [GraphvizSubgraph] = []
            var chain: [GraphvizEdge] = []
            var previous: (column: Int, id: String)?
            for (column, year) in columns.enumerated() {
                let inYear = members.filter { $0.year == year }
                guard let first = inYear.first else { continue }
                years.append(.sameRank("rank:\(name):\(YearAxis.nodeName(year))", nodes: inYear.map(\.id)))
                if let previous {
                    chain.append(GraphvizEdge(from: previous.id, to: first.id,
                                              attributes: ["style": "invis", "minlen": .text(String(column - previous.column))]))
                }
                previous = (column, first.id)
                alignment.append(GraphvizEdge(from: YearAxis.nodeName(year), to: first.id,
                                              attributes: ["style": "invis", "minlen": "0"]))
                if column + 1 < columns.count {
                    alignment.append(GraphvizEdge(from: first.id, to: YearAxis.nodeName(columns[column + 1]),
                                                  attributes: ["style": "invis"]))
                }
            }
            return GraphvizSubgraph(
                name: name,
                attributes: [
                    "label": .text(GraphvizText.escString(names[index])),
                    "style": "rounded,dashed", "color": "#999999",
                    "fontname": .text(fontName), "fontsize": "11", "tooltip": .text(GraphvizText.tooltip(names[index])),
                ],
                nodes: members.map { GraphvizNode($0.id) }, edges: chain, subgraphs: years)
        }
        return (subgraphs, alignment)
    }

    private func validate(_ diagram: CitationDiagram) throws {
        guard !diagram.nodes.isEmpty else { throw DiagramError.empty }
        var ids = Set<String>()
        let reserved: Set<String> = [DiagramLegend.nodeName]
        for node in diagram.nodes {
            guard ids.insert(node.id).inserted, !reserved.contains(node.id), !node.id.hasPrefix("year:") else {
                throw DiagramError.duplicateNode(node.id)
            }
            guard node.score.isFinite, node.score >= 0 else { throw DiagramError.invalidScore(node.id, node.score) }
        }
        for edge in diagram.edges {
            for end in [edge.from, edge.to] where !ids.contains(end) {
                throw DiagramError.unknownNode(end, edge: "\(edge.from) → \(edge.to)")
            }
            guard edge.count >= 1 else { throw DiagramError.invalidCount(edge: "\(edge.from) → \(edge.to)", edge.count) }
        }
    }

    /// A number with two decimals and a point, whatever the locale.
    private static func decimal(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = String(hundredths % 100)
        return "\(hundredths / 100)." + (fraction.count == 1 ? "0" + fraction : fraction)
    }
}
