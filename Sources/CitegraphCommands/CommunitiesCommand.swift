import ArgumentParser
import CitegraphAnalysis
import CitegraphGraph
import Foundation

/// `citegraph communities`: groups of documents that cite one another more than the rest.
public struct CommunitiesCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "communities",
        abstract: "Find communities of documents (label propagation on the citation graph, deterministic).",
        discussion: """
            Label propagation (Raghavan, Albert and Kumara, 2007) on the undirected view of the collapsed \
            graph, with a seeded visiting order: the same graph and seed give the same communities. Output is \
            TSV with a header: community, size, first_year, last_year, leading (its most cited members), \
            largest communities first. With --members, one line per document instead: community, symbol, \
            year, cited_by.

            Examples:
              citegraph communities report/graph.json --top 10
              citegraph communities report/graph.json --members --min-size 5 > members.tsv
            """)

    @Argument(help: "A graph in node-link JSON, as written by `citegraph build`.")
    var graph: String

    @Option(name: .long, help: "The seed of the visiting order.")
    var seed: UInt64 = 0

    @Option(name: .long, help: "Leave out communities smaller than this.")
    var minSize: Int = 2

    @Option(name: .long, help: "List only the N largest communities.")
    var top: Int?

    @Option(name: .long, help: "How many leading members to name per community.")
    var leading: Int = 5

    @Flag(name: .long, help: "List every member instead of one line per community.")
    var members = false

    @OptionGroup var verbosity: VerbosityOptions

    public init() {}

    public func validate() throws {
        if minSize < 1 { throw ValidationError("--min-size must be at least 1") }
        if let top, top < 0 { throw ValidationError("--top must not be negative") }
        if leading < 0 { throw ValidationError("--leading must not be negative") }
    }

    public func run() throws {
        let graph = try GraphArguments.load(self.graph, verbosity: verbosity)
        let digraph = graph.digraph
        let labels = LabelPropagation(seed: seed).communities(in: digraph)
        var groups = [Int32: [Int32]]()
        for (node, label) in labels.enumerated() { groups[label, default: []].append(Int32(node)) }
        let byCitations: (Int32, Int32) -> Bool = {
            let (a, b) = (digraph.inDegree(of: $0), digraph.inDegree(of: $1))
            return a != b ? a > b : $0 < $1
        }
        var communities = groups.filter { $0.value.count >= minSize }
            .sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }
        if let top { communities = Array(communities.prefix(top)) }

        var output = members ? "community\tsymbol\tyear\tcited_by\n" : "community\tsize\tfirst_year\tlast_year\tleading\n"
        for (rank, community) in communities.enumerated() {
            let ordered = community.value.sorted(by: byCitations)
            if members {
                for node in ordered {
                    let document = graph.node(node)
                    output += [String(rank + 1), document.symbol.canonical, document.year.map(String.init) ?? "", String(digraph.inDegree(of: node))]
                        .joined(separator: "\t") + "\n"
                }
            } else {
                let years = ordered.compactMap { graph.node($0).year }
                output += [
                    String(rank + 1), String(ordered.count), years.min().map(String.init) ?? "", years.max().map(String.init) ?? "",
                    ordered.prefix(leading).map { graph.node($0).symbol.canonical }.joined(separator: ", "),
                ].joined(separator: "\t") + "\n"
            }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}
