import CitegraphCitations

/// Citations from one document to another with one relation, drawn as one arrow.
public struct DiagramEdge: Hashable, Sendable {
    /// The id of the citing document.
    public var from: String
    /// The id of the cited document.
    public var to: String
    /// How the citing document cites: decides colour and line style.
    public var relation: Relation
    /// How many times the citation occurs (at least 1); thickens the arrow.
    public var count: Int

    /// Creates an edge.
    public init(from: String, to: String, relation: Relation, count: Int = 1) {
        self.from = from
        self.to = to
        self.relation = relation
        self.count = count
    }
}
