/// An edge of a ``GraphvizGraph``, from `tail` to `head` (named nodes, created when missing).
public struct GraphvizEdge: Hashable, Sendable {
    /// The name of the node the edge leaves.
    public var tail: String
    /// The name of the node the edge enters.
    public var head: String
    /// The edge's own attributes.
    public var attributes: GraphvizAttributes

    /// Creates an edge.
    public init(from tail: String, to head: String, attributes: GraphvizAttributes = [:]) {
        self.tail = tail
        self.head = head
        self.attributes = attributes
    }
}
