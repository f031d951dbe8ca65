import ArgumentParser
import CitegraphAnalysis
import CitegraphGraph
import Foundation

/// `citegraph lineage`: what a document builds on, or what builds on it.
public struct LineageCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "lineage",
        abstract: "List the ancestors (documents it cites, transitively) or descendants (documents citing it) of a document.",
        discussion: """
            Citations going forward in time (an earlier document citing a later one, a misread symbol) are not \
            followed; they are listed on stderr. Output is TSV with a header: depth, symbol, via, year, kind, \
            title. --main-path adds the main path (search path counts) of the lineage on stdout after the list, \
            as `# main path: …`.

            Examples:
              citegraph lineage report/graph.json "S/RES/2493 (2019)" --depth 2
              citegraph lineage report/graph.json "S/RES/1325 (2000)" --descendants \\
                  --relation reaffirms recalls
              citegraph lineage report/graph.json "S/RES/2467 (2019)" --main-path
            """)

    @Argument(help: "A graph in node-link JSON.")
    var graph: String

    @Argument(help: "The document, e.g. \"S/RES/1325 (2000)\".")
    var symbol: String

    @Flag(name: .long, help: "List the documents it cites, transitively (default).")
    var ancestors = false

    @Flag(name: .long, help: "List the documents citing it, transitively.")
    var descendants = false

    @Option(name: .long, help: "Follow at most N citation steps.")
    var depth: Int?

    @Option(name: .long, parsing: .upToNextOption, help: "Follow only citations with these relations.")
    var relation: [String] = []

    @Flag(name: .long, help: "Also follow citations going forward in time.")
    var ignoreTime = false

    @Flag(name: .long, help: "Append the lineage's main path (search path count).")
    var mainPath = false

    @OptionGroup var verbosity: VerbosityOptions

    public init() {}

    public func validate() throws {
        if ancestors && descendants { throw ValidationError("give --ancestors or --descendants, not both") }
        if let depth, depth < 1 { throw ValidationError("--depth must be at least 1") }
    }

    public func run() throws {
        let graph = try GraphArguments.load(self.graph, verbosity: verbosity)
        let start = try GraphArguments.symbol(symbol, in: graph, file: self.graph)
        let lineage = Lineage(
            direction: descendants ? .descendants : .ancestors, depth: depth, relations: try GraphArguments.relations(relation),
            respectsTime: !ignoreTime)
        let result = lineage.members(of: start, in: graph)
        var output = "depth\tsymbol\tvia\tyear\tkind\ttitle\n"
        for member in result.members {
            let node = graph.node(member.node)
            output += [
                String(member.depth), node.symbol.canonical, graph.node(member.via).symbol.canonical,
                node.year.map(String.init) ?? "", node.kind.rawValue, GraphArguments.tsvField(.optional(node.title)),
            ].joined(separator: "\t") + "\n"
        }
        if mainPath {
            let path = MainPath().analyse(result.members.map(\.node) + [start], in: graph).path
            output += "# main path: " + path.map { graph.node($0).symbol.canonical }.joined(separator: " → ") + "\n"
        }
        FileHandle.standardOutput.write(Data(output.utf8))
        for link in result.forwardInTime {
            let citing = graph.node(link.citing), cited = graph.node(link.cited)
            verbosity.note(
                "\(self.graph): not followed, forward in time: \(citing.symbol) [\(citing.timeKey ?? "?")] cites \(cited.symbol) [\(cited.timeKey ?? "?")]")
        }
    }
}
