import ArgumentParser
import CitegraphGraph
import Foundation

/// `citegraph export`: a node-link JSON graph into GraphML, GEXF, Neo4j CSV or Pajek.
public struct ExportCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Convert a citation graph to GraphML, GEXF (with dates for Gephi's timeline), Neo4j CSV or Pajek.",
        discussion: """
            --format csv writes two files for `neo4j-admin database import full`: with -o DIR, DIR/nodes.csv and \
            DIR/relationships.csv. The other formats write one file (-o FILE), or stdout without -o.

            Examples:
              citegraph export report/graph.json --format gexf -o graph.gexf
              citegraph export report/graph.json --format csv -o neo4j/
              citegraph export report/graph.json --format graphml > graph.graphml
            """)

    /// The export formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case graphml, gexf, csv, pajek
    }

    @Argument(help: "A graph in node-link JSON, as written by `citegraph build`.")
    var graph: String

    @Option(name: .long, help: "The format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format

    @Option(name: .shortAndLong, help: "The output file (a folder for csv); stdout when omitted (not for csv).")
    var output: String?

    @OptionGroup var verbosity: VerbosityOptions

    public init() {}

    public func run() throws {
        let graph = try GraphArguments.load(self.graph, verbosity: verbosity)
        let text: String
        switch format {
        case .graphml: text = graph.graphML()
        case .gexf: text = graph.gexf()
        case .pajek: text = graph.pajek()
        case .csv:
            guard let output else { throw ValidationError("--format csv needs -o FOLDER for nodes.csv and relationships.csv") }
            let files = graph.neo4jCSV()
            try AtomicFile.write(files.nodes, to: URL(fileURLWithPath: output).appendingPathComponent("nodes.csv").path)
            try AtomicFile.write(files.relationships, to: URL(fileURLWithPath: output).appendingPathComponent("relationships.csv").path)
            verbosity.note("citegraph: \((output as NSString).appendingPathComponent("nodes.csv")) and relationships.csv: \(summary(of: graph))")
            return
        }
        if let output {
            try AtomicFile.write(text, to: output)
            verbosity.note("citegraph: \(output): \(summary(of: graph))")
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }

    /// What was written: documents and typed edges, in the format asked for.
    private func summary(of graph: CitationGraph) -> String {
        "\(BuildCommand.count(graph.nodeCount, "document")), \(BuildCommand.count(graph.edgeCount, "typed edge")) as \(format.rawValue)"
    }
}
