import ArgumentParser
import CitegraphCitations
import CitegraphDocuments
import CitegraphGraph
import Foundation

/// `citegraph build PATH… -o graph.json`: read documents, extract their citations, write the graph.
public struct BuildCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the citation graph of UN documents and write it as NetworkX node-link JSON.",
        discussion: """
            One node per document (whatever its languages and files), including documents cited but not \
            read; one edge per (citing, cited, relation) with its count and the provenance of every \
            occurrence. NetworkX loads the file with `json_graph.node_link_graph(data)` (a MultiDiGraph keyed \
            by relation); `networkx.DiGraph(G)` gives the collapsed graph `citegraph rank` analyses.

            Examples:
              citegraph build ../shared/corpus/akn -o graph.json
              citegraph build ../shared/seeds Tests/Fixtures/akn -o graph.json --pretty
            """)

    @Argument(help: "Files or folders (read recursively) of UN documents: .xml (Akoma Ntoso), .txt, .md.")
    var paths: [String]

    @Option(name: .shortAndLong, help: "The graph file to write (node-link JSON); stdout when omitted.")
    var output: String?

    @Flag(name: .long, help: "Indent the JSON.")
    var pretty = false

    @OptionGroup var verbosity: VerbosityOptions

    public init() {}

    public func run() throws {
        let started = Date()
        let input = try CorpusLoading.read(paths, verbosity: verbosity)
        let citations = CitationGraphBuilding.citations(in: input.documents)
        verbosity.detail("citegraph: \(citations.count) citations extracted")
        let graph = CitationGraph(documents: input.documents, citations: citations)
        let data = try graph.nodeLinkJSON(prettyPrinted: pretty)
        if let output {
            try AtomicFile.write(data, to: output)
        } else {
            FileHandle.standardOutput.write(data)
            FileHandle.standardOutput.write(Data("\n".utf8))
        }
        let notes = graph.notes
        var left = [String]()
        if notes.documentsWithoutSymbol > 0 { left.append("\(notes.documentsWithoutSymbol) documents without a symbol") }
        if notes.citationsWithoutSource > 0 { left.append("\(notes.citationsWithoutSource) citations from them not placed") }
        if notes.suspectCitations > 0 {
            let corrected = notes.suspectYearsCorrected > 0
                ? " (\(notes.suspectYearsCorrected) with the year corrected from the table of resolution years)" : ""
            left.append(Self.count(notes.suspectCitations, "suspect citation") + " kept" + corrected)
        }
        if notes.laterResolutionsLeftOut > 0 {
            left.append(Self.count(notes.laterResolutionsLeftOut, "citation") + " of a Council resolution adopted after the citing document left out")
        }
        let forward = graph.forwardInTimeEdges.count
        if forward > 0 { left.append(Self.count(forward, "cited pair") + " going forward in time (flagged forward_in_time)") }
        let inCorpus = graph.nodes.filter(\.inCorpus).count
        verbosity.note(
            String(format: "citegraph: built in %.1f s: ", Date().timeIntervalSince(started))
                + "\(Self.count(graph.nodeCount, "document")) (\(inCorpus) read, \(graph.nodeCount - inCorpus) only cited), "
                + "\(Self.count(graph.digraph.edgeCount, "cited pair")), \(Self.count(graph.edgeCount, "typed edge")), "
                + Self.count(citations.count, "citation")
                + (left.isEmpty ? "" : "; " + left.joined(separator: "; ")))
        if input.exitCode != .success { throw input.exitCode }
    }

    /// `1 citation`, `2 citations`.
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
