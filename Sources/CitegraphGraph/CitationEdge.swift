import CitegraphCitations

/// A typed edge of the citation graph: `source` cites `target` with one `relation`, `count` times.
///
/// The graph keeps one typed edge per (source, target, relation); a resolution that both recalls and
/// reaffirms another has two typed edges to it, and one edge in the collapsed ``Digraph``.
public struct CitationEdge: Hashable, Sendable {
    /// The index of the citing node.
    public var source: Int32
    /// The index of the cited node.
    public var target: Int32
    /// How the source cites the target.
    public var relation: Relation
    /// How many times (occurrences, across paragraphs, languages and files).
    public var count: Int

    /// Creates a typed edge.
    public init(source: Int32, target: Int32, relation: Relation, count: Int) {
        self.source = source
        self.target = target
        self.relation = relation
        self.count = count
    }
}
