import ArgumentParser
import CitegraphAnalysis
import CitegraphDocuments
import CitegraphGraph
import Foundation

/// `citegraph report [PATH…] -o DIR`: the main job, from a folder of documents to a report.
public struct ReportCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Read documents, build the citation graph, and write a report: tables, diagrams, data, index.html.",
        discussion: """
            With no path, reads the real UN corpus bundled with Citegraph (357 Security Council resolutions and \
            presidential statements, 2000–2022, and five documents as PDF extraction leaves them).

            DIR receives index.html (open it in a browser), the diagrams as SVG (and PNG with --png), the graph \
            as node-link JSON (NetworkX), GraphML and GEXF (Gephi), and the rankings as TSV.

            Examples:
              citegraph report -o report
              citegraph report ../shared/corpus/akn -o corpus-report --top 30
              citegraph report -o report --png
            """)

    @Argument(help: "Files or folders (read recursively) of UN documents; the bundled corpus when none.")
    var paths: [String] = []

    @Option(name: .shortAndLong, help: "The folder to write the report into (created if missing).")
    var output: String

    @Option(help: "How many documents each ranking lists.")
    var top = 20

    @Option(help: "How many agendas (the most used themes) to trace.")
    var agendas = 3

    @Flag(help: "Also write each diagram as PNG beside its SVG (the page shows the SVGs; PNG takes most of the drawing time).")
    var png = false

    @OptionGroup var verbosity: VerbosityOptions

    public init() {}

    public mutating func validate() throws {
        guard top > 0 else { throw ValidationError("--top must be at least 1") }
        guard agendas >= 0 else { throw ValidationError("--agendas cannot be negative") }
    }

    public func run() throws {
        let started = Date()
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isFolder), !isFolder.boolValue {
            throw CommandError("\(output): is a file; -o takes the folder to write the report into")
        }
        let sources = paths.isEmpty ? BundledCorpus.paths : paths
        if paths.isEmpty { verbosity.note("citegraph: no path given: reading the bundled UN corpus") }
        var input = try CorpusLoading.read(sources, verbosity: verbosity)
        if paths.isEmpty {
            for index in input.documents.indices {
                input.documents[index].file = BundledCorpus.repositoryPath(of: input.documents[index].file)
            }
        }
        let (graph, citationCount) = CitationGraphBuilding.graph(of: input.documents)
        verbosity.detail("citegraph: graph built in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
        let analyses = try ReportAnalyses(graph: graph, top: top, agendaCount: agendas)

        var dataFiles: [(file: String, description: String)] = []
        func write(_ name: String, _ data: Data, _ description: String) throws {
            try AtomicFile.write(data, to: (output as NSString).appendingPathComponent(name))
            dataFiles.append((name, description))
        }
        try write("graph.json", try graph.nodeLinkJSON(), "the graph as NetworkX node-link JSON (json_graph.node_link_graph)")
        try write("graph.graphml", Data(graph.graphML().utf8), "GraphML, for yEd, Cytoscape, igraph")
        try write("graph.gexf", Data(graph.gexf().utf8), "GEXF with dates, for Gephi's timeline")
        try write("most-cited.tsv", Data(Self.tsv(analyses.mostCited).utf8), "the most cited documents")
        try write("pagerank.tsv", Data(Self.tsv(analyses.pageRank).utf8), "the documents by PageRank")

        let diagrams = try ReportDiagrams.write(graph: graph, analyses: analyses, into: output, png: png, verbosity: verbosity)
        let page = ReportPage(
            summary: Self.summary(input: input, graph: graph, citations: citationCount), analyses: analyses,
            diagrams: diagrams, dataFiles: dataFiles)
        try AtomicFile.write(page.html(), to: (output as NSString).appendingPathComponent("index.html"))
        verbosity.note(
            "citegraph: report written to \((output as NSString).appendingPathComponent("index.html"))"
                + String(format: " in %.1f s", Date().timeIntervalSince(started)))
        throw input.exitCode
    }

    static func tsv(_ rows: [ReportAnalyses.Row]) -> String {
        var text = "symbol\tscore\toccurrences\tyear\tkind\ttitle\n"
        for row in rows {
            let fields = [
                row.node.symbol.canonical, row.score.rounded() == row.score ? String(Int(row.score)) : "\(row.score)", "\(row.occurrences)", row.node.year.map(String.init) ?? "",
                row.node.kind.rawValue, row.node.title ?? "",
            ]
            text += fields.map(TabSeparated.field).joined(separator: "\t") + "\n"
        }
        return text
    }

    static func summary(input: CorpusLoading.Outcome, graph: CitationGraph, citations: Int) -> String {
        let languages = Set(input.documents.map(\.language)).sorted().map(\.name).joined(separator: ", ")
        let years = input.documents.compactMap { $0.date.flatMap { Int($0.prefix(4)) } }
        let span = years.isEmpty ? "" : years.min() == years.max() ? " in \(years.min()!)" : " from \(years.min()!) to \(years.max()!)"
        let read = graph.nodes.filter(\.inCorpus).count
        let failed = input.failures.isEmpty ? "" : " \(input.failures.count) files could not be read."
        return "\(BuildCommand.count(input.documents.count, "document")) read from \(BuildCommand.count(input.filesRead, "file")) (\(languages))\(span): "
            + "\(citations) citations linking \(graph.nodeCount) documents, \(read) of them in the corpus and "
            + "\(graph.nodeCount - read) only cited.\(failed)"
    }
}
