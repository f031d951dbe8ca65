import Graphviz

/// Three Security Council resolutions on women, peace and security and the citations between them:
/// resolution 1820 (2008) recalls 1325 (2000); resolution 2467 (2019) recalls both.
enum ResolutionGraph {
    static let symbols = ["S/RES/1325 (2000)", "S/RES/1820 (2008)", "S/RES/2467 (2019)"]
    static let citations = [
        ("S/RES/1820 (2008)", "S/RES/1325 (2000)"),
        ("S/RES/2467 (2019)", "S/RES/1325 (2000)"),
        ("S/RES/2467 (2019)", "S/RES/1820 (2008)"),
    ]

    static var graph: GraphvizGraph {
        GraphvizGraph(
            name: "women_peace_security",
            attributes: ["rankdir": "RL"],
            nodeDefaults: ["shape": "box", "fontname": "DejaVu Sans"],
            nodes: symbols.map { GraphvizNode($0, attributes: ["tooltip": .text("Security Council resolution \($0)")]) },
            edges: citations.map { GraphvizEdge(from: $0.0, to: $0.1, attributes: ["label": "recalls"]) })
    }
}
