import CitegraphAnalysis
import CitegraphGraph

/// What the overview views rank documents by, and size them by.
public enum DiagramScore: String, Sendable, CaseIterable {
    /// The number of distinct documents citing it.
    case citations
    /// PageRank, damping 0.85.
    case pageRank = "pagerank"

    /// The score of every node of `graph`.
    func scores(in graph: CitationGraph) throws -> [Double] {
        switch self {
        case .citations: GraphExcerpt.citingCounts(graph)
        case .pageRank: try PageRank().scores(in: graph)
        }
    }

    /// The words for the note and caption (`citing documents`, `PageRank`).
    var name: String {
        switch self {
        case .citations: "citing documents"
        case .pageRank: "PageRank"
        }
    }
}
