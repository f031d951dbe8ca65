import ArgumentParser
import CitegraphAnalysis
import CitegraphDocuments
import CitegraphGraph
import Foundation

/// `citegraph agenda`: where an agenda comes from and who joined it, year by year.
public struct AgendaCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: "Trace an agenda from a theme (\"women, peace and security\") or a founding document (\"S/RES/1325 (2000)\").",
        discussion: """
            Prints TSV with a header: year, symbol, role (founder, core, member), cites (the core documents it \
            cites), title. Core documents are those cited under the theme (or, from a founding document, those \
            cited under its principal theme, or --theme, and chained to it); members cite a core document directly.

            Examples:
              citegraph agenda report/graph.json "women, peace and security"
              citegraph agenda report/graph.json "S/RES/1325 (2000)"
              citegraph agenda report/graph.json "S/RES/1612 (2005)" \\
                  --theme "children and armed conflict"
            """)

    @Argument(help: "A graph in node-link JSON.")
    var graph: String

    @Argument(help: "A theme, or a document symbol.")
    var origin: String

    @Option(name: .long, help: "From a document: the theme chaining documents to it (default: the theme it is most cited under).")
    var theme: String?

    @OptionGroup var verbosity: VerbosityOptions

    public init() {}

    public func run() throws {
        let graph = try GraphArguments.load(self.graph, verbosity: verbosity)
        let agenda: Agenda
        if let symbol = DocumentSymbol(parsing: origin), graph.index(of: symbol) != nil {
            agenda = Agenda(.founder(symbol), theme: theme)
        } else if origin.contains("/"), let symbol = DocumentSymbol(parsing: origin) {
            throw CommandError("\(self.graph): the graph holds no document \(symbol)" + GraphArguments.didYouMean(origin, in: graph))
        } else {
            agenda = Agenda(.theme(origin))
        }
        let result: Agenda.Result
        do {
            result = try agenda.trace(in: graph)
        } catch let error as AnalysisError {
            throw CommandError("\(self.graph): \(error)" + Self.suggestions(for: origin, in: graph))
        }
        let founders = Set(result.founders)
        var output = "year\tsymbol\trole\tcites\ttitle\n"
        let ordered = result.members.sorted { ($0.year ?? Int.max, $0.node) < ($1.year ?? Int.max, $1.node) }
        for member in ordered {
            let node = graph.node(member.node)
            let role = founders.contains(member.node) ? "founder" : member.isCore ? "core" : "member"
            output += [
                node.year.map(String.init) ?? "", node.symbol.canonical, role,
                member.citesCore.map { graph.node($0).symbol.shortLabel }.joined(separator: ", "),
                GraphArguments.tsvField(.optional(node.title)),
            ].joined(separator: "\t") + "\n"
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }

    /// `; did you mean …?` for an origin the graph does not know: its themes, or its documents.
    static func suggestions(for origin: String, in graph: CitationGraph) -> String {
        GraphArguments.didYouMean(SymbolSuggestions.themes(near: origin, in: graph) + SymbolSuggestions.symbols(near: origin, in: graph))
    }
}
