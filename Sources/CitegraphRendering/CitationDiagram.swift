import CitegraphCitations
import CitegraphDocuments
import Foundation
import Graphviz

/// A citation diagram: documents, the citations between them, and the words around them.
///
/// The model knows nothing of the graph module; whoever selects the documents (a lineage, the
/// top documents by PageRank, …) fills it in. ``CitationDiagramEncoder`` turns it into a
/// ``GraphvizGraph``; ``render(to:)`` draws it.
public struct CitationDiagram: Hashable, Sendable {
    /// The documents, in the order they should be laid out.
    public var nodes: [DiagramNode]
    /// The citations; both ends must be among `nodes`.
    public var edges: [DiagramEdge]
    /// The title drawn above the diagram (`Lineage of S/RES/2518 (2020)`).
    public var caption: String
    /// What was left out, when the diagram shows a selection
    /// (`showing 40 of 1,288 documents: top by PageRank`).
    public var prunedNote: String?
    /// The engine that draws the diagram and why; chosen from the size unless set.
    public var layout: DiagramLayout
    /// What the node sizes stand for, named in the key (`citing documents`, `PageRank`).
    public var scoreName: String
    /// With dot, merge citations running the same way into bundles (`concentrate`): fewer lines
    /// where many citations span decades, but a merged stretch no longer tells its citations apart.
    /// Ignored when the diagram has clusters.
    public var bundlesCitations = false

    /// Creates a diagram; the layout defaults to ``DiagramLayout/automatic(nodeCount:)``.
    public init(
        nodes: [DiagramNode], edges: [DiagramEdge], caption: String, prunedNote: String? = nil,
        layout: DiagramLayout? = nil, scoreName: String = "score"
    ) {
        self.nodes = nodes
        self.edges = edges
        self.caption = caption
        self.prunedNote = prunedNote
        self.layout = layout ?? .automatic(nodeCount: nodes.count)
        self.scoreName = scoreName
    }

    /// The note for a diagram that shows `shown` of `total` documents chosen by `selection`
    /// (`showing 40 of 1,288 documents: top by PageRank`), nil when it shows them all. Numbers are
    /// grouped by commas whatever the locale, so the note is the same on every machine.
    public static func prunedNote(showing shown: Int, of total: Int, selection: String) -> String? {
        guard shown < total else { return nil }
        return "showing \(grouped(shown)) of \(grouped(total)) documents: \(selection)"
    }

    private static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return number < 0 ? "-" + result : result
    }

    /// The Graphviz description of the diagram.
    public func encoded() throws -> GraphvizGraph {
        try CitationDiagramEncoder().encode(self)
    }

    /// Draws the diagram with its layout's engine.
    public func render(to format: OutputFormat) throws -> Data {
        try Graphviz.render(encoded(), using: layout.engine, to: format)
    }

    /// Draws the diagram to several formats from one layout, in order.
    public func render(to formats: [OutputFormat]) throws -> [Data] {
        try Graphviz.render(encoded(), using: layout.engine, to: formats)
    }
}
