import CitegraphGraph

/// A way of selecting part of a citation graph and drawing it: lineage, neighbourhood, agenda map,
/// most-cited overview, whole corpus.
///
/// Every view picks its engine and prunes (top documents by score, transitive reduction, depth) so
/// that it lays out in a few seconds on a corpus of thousands of documents; whatever it left out is
/// said in the diagram's ``CitationDiagram/prunedNote``, drawn under the caption.
public protocol DiagramView: Sendable {
    /// The diagram of this view of `graph`.
    /// - Throws: ``DiagramError`` when the document or theme the view starts from is not in the graph.
    func diagram(of graph: CitationGraph) throws -> CitationDiagram
}
