import Graphviz

/// Which Graphviz engine draws a diagram, and why.
public struct DiagramLayout: Hashable, Sendable {
    /// The engine.
    public var engine: LayoutEngine
    /// A sentence saying why this engine was chosen.
    public var reason: String

    /// Creates a layout choice.
    public init(engine: LayoutEngine, reason: String) {
        self.engine = engine
        self.reason = reason
    }

    /// The largest diagram drawn with dot: above it, dot's rank assignment and crossing
    /// minimisation take too long and the drawing becomes too wide to read.
    public static let largestHierarchical = 150

    /// dot (time running left to right, one rank per year) up to ``largestHierarchical`` documents,
    /// sfdp with overlap removal above.
    public static func automatic(nodeCount: Int) -> DiagramLayout {
        if nodeCount <= largestHierarchical {
            return DiagramLayout(
                engine: .dot,
                reason: "dot: \(nodeCount) documents (at most \(largestHierarchical)), drawn in time order with one rank per year")
        }
        return DiagramLayout(
            engine: .sfdp,
            reason: "sfdp: \(nodeCount) documents (more than \(largestHierarchical)), too many for dot's ranks; force-directed with overlap removal")
    }

    /// dot in time order for the views that read left to right (lineage, neighbourhood, agenda, top)
    /// up to ``largestHierarchical`` documents; above (a `--limit` raised that far), sfdp as
    /// ``automatic(nodeCount:)`` chooses, so that no view takes minutes.
    public static func timeOrdered(nodeCount: Int) -> DiagramLayout {
        guard nodeCount <= largestHierarchical else { return automatic(nodeCount: nodeCount) }
        return DiagramLayout(engine: .dot, reason: "dot: time left to right, one column per year")
    }

    /// True when the engine draws ranks, so the year axis applies.
    public var isHierarchical: Bool { engine == .dot }
}
