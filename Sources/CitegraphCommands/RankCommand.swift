import ArgumentParser
import CitegraphAnalysis
import CitegraphCitations
import CitegraphDocuments
import CitegraphGraph
import Foundation

/// `citegraph rank`: the documents that are most cited, or matter most, by one measure.
public struct RankCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Rank the documents of a citation graph: most cited, PageRank, HITS, betweenness.",
        discussion: """
            Scores are computed on the collapsed graph (one unweighted edge per citing–cited pair) and \
            equal NetworkX's on `nx.DiGraph(node_link_graph(data))` (see Scripts/compare-networkx). \
            --relation and --from-year/--to-year restrict the edges used; --kind only filters the list. \
            TSV output starts with a header line: symbol, score, then extra columns.

            Examples:
              citegraph rank report/graph.json --top 20
              citegraph rank report/graph.json --by pagerank --kind resolution --top 10
              citegraph rank report/graph.json --by pagerank \\
                  --personalize "S/RES/1325 (2000)" --top 10
              citegraph rank report/graph.json --relation reaffirms --from-year 2010 \\
                  --top 10 --format jsonl
            """)

    /// The measures `rank` offers.
    enum Measure: String, ExpressibleByArgument, CaseIterable {
        case indegree, pagerank, reversePagerank = "reverse-pagerank", hits, betweenness
    }

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case tsv, jsonl
    }

    @Argument(help: "A graph in node-link JSON, as written by `citegraph build`.")
    var graph: String

    @Option(name: .long, help: "The measure: \(Measure.allCases.map(\.rawValue).joined(separator: ", ")).")
    var by: Measure = .indegree

    @Option(name: .long, parsing: .upToNextOption, help: "Use only citations with these relations (\(Relation.allCases.map(\.rawValue).joined(separator: ", "))).")
    var relation: [String] = []

    @Option(name: .long, help: "List only documents of this kind (resolution, prst, ga-resolution, report, letter, other).")
    var kind: String?

    @Option(name: .long, help: "Use only citations made by documents of this year or later.")
    var fromYear: Int?

    @Option(name: .long, help: "Use only citations made by documents of this year or earlier.")
    var toYear: Int?

    @Option(name: .long, help: "List only the first N documents.")
    var top: Int?

    @Option(name: .long, help: "Output format: tsv or jsonl.")
    var format: Format = .tsv

    @Option(name: .long, help: "PageRank damping factor.")
    var damping: Double = 0.85

    @Option(name: .long, parsing: .upToNextOption, help: "PageRank: teleport only to these documents (personalised PageRank), e.g. \"S/RES/1325 (2000)\".")
    var personalize: [String] = []

    @Option(name: .long, help: "PageRank tolerance per node (NetworkX's tol).")
    var tolerance: Double = 1e-6

    @Option(name: .long, help: "Betweenness: sample this many source documents instead of all.")
    var samples: Int?

    @Option(name: .long, help: "Betweenness: the seed of the source sample.")
    var seed: UInt64 = 0

    @OptionGroup var verbosity: VerbosityOptions

    public init() {}

    public func run() throws {
        if !personalize.isEmpty && by != .pagerank && by != .reversePagerank {
            throw ValidationError("--personalize applies to --by pagerank or reverse-pagerank, not \(by.rawValue)")
        }
        let graph = try GraphArguments.load(self.graph, verbosity: verbosity)
        let relations = try GraphArguments.relations(relation)
        let kinds = try kind.map { Set([try GraphArguments.kind($0)]) }
        if let top, top < 0 { throw ValidationError("--top must not be negative") }
        let years = try GraphArguments.years(from: fromYear, to: toYear)
        let digraph = graph.digraph(relations: relations, citingYears: years)

        var extras: [(name: String, values: [JSONValue])] = []
        let scores: [Double]
        do {
            switch by {
            case .indegree:
                scores = InDegree(relations: relations, citingYears: years).scores(in: graph)
                extras.append(("occurrences", InDegree(relations: relations, citingYears: years).occurrences(in: graph).map(JSONValue.integer)))
            case .pagerank, .reversePagerank:
                var personalization: [Int32: Double]?
                if !personalize.isEmpty {
                    personalization = Dictionary(
                        try personalize.map { (try GraphArguments.symbol($0, in: graph, file: self.graph), 1.0) }, uniquingKeysWith: +)
                }
                let pageRank = PageRank(damping: damping, tolerance: tolerance, personalization: personalization)
                scores = try pageRank.scores(in: by == .pagerank ? digraph : digraph.reversed())
            case .hits:
                let result = try HITS().scores(in: digraph)
                scores = result.authorities
                extras.append(("hub", result.hubs.map(JSONValue.number)))
            case .betweenness:
                if let samples {
                    var generator = SeededGenerator(seed: seed)
                    guard samples >= 1, samples <= digraph.nodeCount else {
                        throw ValidationError("--samples: \(samples) is not between 1 and the \(digraph.nodeCount) documents")
                    }
                    let sources = generator.sample(samples, from: digraph.nodeCount)
                    scores = try Betweenness().sampled(in: digraph, sources: sources)
                    let chosen = Set(sources)
                    extras.append(("sampled_source", (0..<digraph.nodeCount).map { .bool(chosen.contains(Int32($0))) }))
                } else {
                    scores = Betweenness().exact(in: digraph)
                }
            }
        } catch let error as AnalysisError {
            throw CommandError("\(self.graph): \(error)")
        }

        let ranked = Ranking.rank(scores, in: graph, kinds: kinds, limit: top)
        var output = ""
        switch format {
        case .tsv:
            output += (["symbol", "score"] + extras.map(\.name) + ["year", "kind"]).joined(separator: "\t") + "\n"
            for entry in ranked {
                let node = graph.node(entry.node)
                let score = by == .indegree ? String(Int(entry.score)) : "\(entry.score)"
                let extraColumns = extras.map { GraphArguments.tsvField($0.values[Int(entry.node)]) }
                output += ([node.symbol.canonical, score] + extraColumns + [node.year.map(String.init) ?? "", node.kind.rawValue])
                    .joined(separator: "\t") + "\n"
            }
        case .jsonl:
            for entry in ranked {
                let node = graph.node(entry.node)
                var members: [(String, JSONValue)] = [("symbol", .string(node.symbol.canonical)), ("score", by == .indegree ? .integer(Int(entry.score)) : .number(entry.score))]
                members += extras.map { ($0.name, $0.values[Int(entry.node)]) }
                members += [("year", .optional(node.year)), ("kind", .string(node.kind.rawValue))]
                output += JSONValue.object(members).serialized() + "\n"
            }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}
