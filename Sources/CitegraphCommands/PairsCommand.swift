import ArgumentParser
import CitegraphAnalysis
import CitegraphGraph
import Foundation

/// `citegraph pairs`: documents that go together, by co-citation or bibliographic coupling.
public struct PairsCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "pairs",
        abstract: "List the documents most often cited together (co-citation) or citing the same documents (coupling).",
        discussion: """
            Co-citation (Small, 1973) counts, for two documents, the documents citing both; bibliographic \
            coupling (Kessler, 1963) counts the documents both cite. Counts use the collapsed graph (one edge \
            per citing–cited pair). Output is TSV with a header: first, second, count, first_year, second_year; \
            by descending count, ties in graph order. With --with, only pairs holding that document.

            Examples:
              citegraph pairs report/graph.json --top 20
              citegraph pairs report/graph.json --by coupling --with "S/RES/2467 (2019)" \\
                  --top 10
            """)

    /// The measures of togetherness.
    enum Measure: String, ExpressibleByArgument, CaseIterable {
        case coCitation = "co-citation", coupling
    }

    @Argument(help: "A graph in node-link JSON, as written by `citegraph build`.")
    var graph: String

    @Option(name: .long, help: "co-citation (cited together) or coupling (citing the same).")
    var by: Measure = .coCitation

    @Option(name: .long, help: "Only pairs holding this document, e.g. \"S/RES/1325 (2000)\".")
    var with: String?

    @Option(name: .long, help: "List only the first N pairs.")
    var top: Int = 50

    @OptionGroup var verbosity: VerbosityOptions

    public init() {}

    public func validate() throws {
        if top < 0 { throw ValidationError("--top must not be negative") }
    }

    public func run() throws {
        let graph = try GraphArguments.load(self.graph, verbosity: verbosity)
        let anchor = try with.map { try GraphArguments.symbol($0, in: graph, file: self.graph) }
        let pairs = switch by {
        case .coCitation: CoCitation().topPairs(in: graph.digraph, involving: anchor, top: top)
        case .coupling: BibliographicCoupling().topPairs(in: graph.digraph, involving: anchor, top: top)
        }
        var output = "first\tsecond\tcount\tfirst_year\tsecond_year\n"
        for pair in pairs {
            var (first, second) = (graph.node(pair.first), graph.node(pair.second))
            if let anchor, pair.second == anchor { swap(&first, &second) }
            output += [
                first.symbol.canonical, second.symbol.canonical, String(pair.count),
                first.year.map(String.init) ?? "", second.year.map(String.init) ?? "",
            ].joined(separator: "\t") + "\n"
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}
