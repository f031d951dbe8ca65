/// A node of a ``GraphvizGraph``: its name (the DOT node ID) and attributes.
public struct GraphvizNode: Hashable, Sendable {
    /// The node's name, unique in the graph (`S/RES/1325 (2000)`).
    public var name: String
    /// The node's own attributes.
    public var attributes: GraphvizAttributes

    /// Creates a node.
    public init(_ name: String, attributes: GraphvizAttributes = [:]) {
        self.name = name
        self.attributes = attributes
    }
}
