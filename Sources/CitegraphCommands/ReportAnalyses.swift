import CitegraphAnalysis
import CitegraphDocuments
import CitegraphGraph

/// The analyses a report shows: the most cited and most central documents, the leading agendas and
/// citations per year, computed once from a graph.
public struct ReportAnalyses {
    /// A document in a ranking, with what the tables show of it.
    public struct Row {
        /// The document's node.
        public var node: GraphNode
        /// Its score in the ranking.
        public var score: Double
        /// How many citation occurrences name it.
        public var occurrences: Int
    }

    /// An agenda traced from a theme the citing texts name.
    public struct AgendaSummary {
        /// The theme (`women, peace and security`).
        public var theme: String
        /// The founders: the theme's documents that cite no earlier one of them.
        public var founders: [DocumentSymbol]
        /// Members per year, oldest first.
        public var years: [(year: Int, members: [DocumentSymbol])]
        /// The number of members.
        public var memberCount: Int
    }

    /// Most cited: distinct citing documents.
    public var mostCited: [Row]
    /// PageRank, damping 0.85.
    public var pageRank: [Row]
    /// HITS authorities.
    public var authorities: [Row]
    /// Betweenness (exact up to 20,000 documents, sampled above).
    public var betweenness: [Row]
    /// Whether betweenness was sampled.
    public var betweennessSampled: Bool
    /// The agendas of the most-used themes, largest first.
    public var agendas: [AgendaSummary]
    /// Citations per citing year.
    public var perYear: CitationsPerYear.Result

    /// Runs every analysis on `graph`, keeping the first `top` of each ranking and `agendaCount` agendas.
    public init(graph: CitationGraph, top: Int, agendaCount: Int) throws {
        let occurrences = InDegree().occurrences(in: graph)
        func rows(_ ranked: [RankedNode]) -> [Row] {
            ranked.map { Row(node: graph.node($0.node), score: $0.score, occurrences: occurrences[Int($0.node)]) }
        }
        mostCited = rows(InDegree().mostCited(in: graph, top: top))
        pageRank = rows(Ranking.rank(try PageRank().scores(in: graph), in: graph, limit: top))
        authorities = rows(Ranking.rank(try HITS().scores(in: graph.digraph).authorities, in: graph, limit: top))
        betweennessSampled = graph.nodeCount > 20_000
        let between =
            betweennessSampled
            ? try Betweenness().sampled(in: graph.digraph, k: 2_000, seed: 1)
            : Betweenness().exact(in: graph.digraph)
        betweenness = rows(Ranking.rank(between, in: graph, limit: top))
        perYear = CitationsPerYear().count(in: graph)

        var themeCounts: [String: Int] = [:]
        for node in graph.nodes {
            for theme in node.themes { themeCounts[theme, default: 0] += 1 }
        }
        let leading = themeCounts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(agendaCount)
        agendas = try leading.map { theme, _ in
            let result = try Agenda(.theme(theme)).trace(in: graph)
            return AgendaSummary(
                theme: theme, founders: result.founders.map { graph.node($0).symbol },
                years: result.years.map { ($0.year, $0.members.map { graph.node($0).symbol }) },
                memberCount: result.members.count)
        }
    }
}
