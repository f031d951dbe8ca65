/// A subgraph of a ``GraphvizGraph``: a cluster (name starting with `cluster`, drawn as a box), a
/// `rank=same` group, or any grouping that sets defaults for its members.
public struct GraphvizSubgraph: Hashable, Sendable {
    /// The subgraph's name; empty for an anonymous subgraph.
    public var name: String
    /// Graph attributes of the subgraph (`label`, `rank`, `style`, …).
    public var attributes: GraphvizAttributes
    /// Default attributes for nodes created in the subgraph.
    public var nodeDefaults: GraphvizAttributes
    /// Default attributes for edges created in the subgraph.
    public var edgeDefaults: GraphvizAttributes
    /// The member nodes; a node already declared elsewhere joins the subgraph and gets these attributes too.
    public var nodes: [GraphvizNode]
    /// Edges created in the subgraph.
    public var edges: [GraphvizEdge]
    /// Nested subgraphs.
    public var subgraphs: [GraphvizSubgraph]

    /// Creates a subgraph.
    public init(
        name: String, attributes: GraphvizAttributes = [:], nodeDefaults: GraphvizAttributes = [:],
        edgeDefaults: GraphvizAttributes = [:], nodes: [GraphvizNode] = [], edges: [GraphvizEdge] = [],
        subgraphs: [GraphvizSubgraph] = []
    ) {
        self.name = name
        self.attributes = attributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.nodes = nodes
        self.edges = edges
        self.subgraphs = subgraphs
    }

    /// A cluster named `cluster<name>` holding `nodes`, drawn as a box with `attributes`.
    public static func cluster(
        _ name: String, attributes: GraphvizAttributes = [:], nodes: [GraphvizNode] = []
    ) -> GraphvizSubgraph {
        GraphvizSubgraph(name: name.hasPrefix("cluster") ? name : "cluster" + name, attributes: attributes, nodes: nodes)
    }

    /// A `rank=same` group: the named nodes are placed on one rank by dot.
    public static func sameRank(_ name: String, nodes names: [String]) -> GraphvizSubgraph {
        GraphvizSubgraph(name: name, attributes: ["rank": "same"], nodes: names.map { GraphvizNode($0) })
    }

    /// True when Graphviz draws the subgraph as a cluster.
    public var isCluster: Bool { name.hasPrefix("cluster") }
}
