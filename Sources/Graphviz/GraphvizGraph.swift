/// A value-type description of a Graphviz graph, built into a cgraph graph only inside a render call.
///
/// Nodes, edges and subgraphs are created in array order and attributes in name order, so the same
/// description always yields the same layout.
public struct GraphvizGraph: Hashable, Sendable {
    /// The root graph's name. Always set: Graphviz names an unnamed root from a process-wide
    /// counter (`%3`, `%9`, …), which would leak into the SVG `<title>` and break determinism.
    public var name: String
    /// True for a `digraph`.
    public var isDirected: Bool
    /// True for a `strict` graph (no multi-edges, no self-loops).
    public var isStrict: Bool
    /// Graph attributes of the root graph (`rankdir`, `label`, …).
    public var attributes: GraphvizAttributes
    /// Default attributes of all nodes (`node [...]`).
    public var nodeDefaults: GraphvizAttributes
    /// Default attributes of all edges (`edge [...]`).
    public var edgeDefaults: GraphvizAttributes
    /// The nodes, in creation order.
    public var nodes: [GraphvizNode]
    /// The edges, in creation order; they may name nodes not listed in `nodes`.
    public var edges: [GraphvizEdge]
    /// Subgraphs: clusters and `rank=same` groups.
    public var subgraphs: [GraphvizSubgraph]
    /// Nodes moved after the layout onto one line below the rest of the drawing, keeping their
    /// horizontal positions: a time axis along the bottom edge, wherever the engine put it. Edges
    /// touching them should be invisible (they are not re-routed).
    public var bottomRow: [String] = []
    /// Nodes moved after the layout just below ``bottomRow`` (or below the drawing when it is empty),
    /// keeping their horizontal positions: a key under the axis. Edges touching them are not re-routed.
    public var footer: [String] = []

    /// Creates a graph description.
    public init(
        name: String, isDirected: Bool = true, isStrict: Bool = false, attributes: GraphvizAttributes = [:],
        nodeDefaults: GraphvizAttributes = [:], edgeDefaults: GraphvizAttributes = [:],
        nodes: [GraphvizNode] = [], edges: [GraphvizEdge] = [], subgraphs: [GraphvizSubgraph] = []
    ) {
        self.name = name
        self.isDirected = isDirected
        self.isStrict = isStrict
        self.attributes = attributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.nodes = nodes
        self.edges = edges
        self.subgraphs = subgraphs
    }

    /// The name given to a graph parsed from DOT text that has none.
    public static let anonymousName = "G"
}
