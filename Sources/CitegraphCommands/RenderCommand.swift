import ArgumentParser
import CitegraphAnalysis
import CitegraphDocuments
import CitegraphGraph
import CitegraphRendering
import Foundation
import Graphviz

/// `citegraph render`: a citation diagram of a graph, drawn in-process by Graphviz.
public struct RenderCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a citation diagram (lineage, neighbourhood, agenda map, most cited, whole corpus) as SVG, DOT or PNG.",
        discussion: """
            Views:
              lineage SYMBOL        what it builds on (left), what builds on it (right)
              neighbourhood SYMBOL  what it cites and what cites it, one step each way
              agenda THEME|SYMBOL   a theme's documents and those citing them, boxed
              top                   the most cited documents, sized by score
              corpus                the whole corpus (top by PageRank above 150)

            With dot, time runs left to right, one column per year. Every view prunes (most cited \
            first, depth, transitive reduction) so that it draws in a few seconds, and says \
            what it left out under the caption and on stderr.

            The format follows the extension: .svg, .png, .dot (laid out) or .gv (plain \
            DOT, no layout); --format overrides it. SVG nodes link to \
            https://undocs.org/<symbol> with the title and date as tooltip. The file is \
            written whole or not at all.

            Examples:
              citegraph render report/graph.json --view lineage "S/RES/1325 (2000)" \\
                  -o 1325.svg
              citegraph render report/graph.json --view lineage "S/RES/2518 (2020)" \\
                  --direction ancestors --depth 3 -o 2518.png
              citegraph render report/graph.json --view neighbourhood "S/RES/1820 (2008)" \\
                  -o 1820.svg
              citegraph render report/graph.json --view agenda \\
                  "women, peace and security" -o wps.svg
              citegraph render report/graph.json --view top --limit 40 --by pagerank \\
                  -o top.png
              citegraph render report/graph.json --view corpus -o corpus.svg
              citegraph render report/graph.json --view top -o top.gv
            """)

    /// The views.
    enum View: String, ExpressibleByArgument, CaseIterable {
        case lineage, neighbourhood, agenda, top, corpus
    }

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case svg, png, dot, plainDot = "plain-dot"

        var output: OutputFormat {
            switch self {
            case .svg: .svg
            case .png: .png
            case .dot: .dot
            case .plainDot: .canonical
            }
        }
    }

    @Argument(help: "A graph in node-link JSON, as written by `citegraph build`.")
    var graph: String

    @Option(name: .long, help: "The view: \(View.allCases.map(\.rawValue).joined(separator: ", ")).")
    var view: View

    @Argument(help: "The document (lineage, neighbourhood, agenda) or theme (agenda), e.g. \"S/RES/1325 (2000)\".")
    var subject: String?

    @Option(name: .shortAndLong, help: "The file to write: .svg, .png, .dot (laid out) or .gv (plain DOT).")
    var output: String

    @Option(name: .long, help: "The output format, overriding the extension: svg, png, dot, plain-dot.")
    var format: Format?

    @Option(name: .long, help: "Lineage: ancestors, descendants or both (default).")
    var direction: LineageView.Direction = .both

    @Option(name: .long, help: "Lineage: the most citation steps followed each way.")
    var depth = 2

    @Option(name: .long, help: "The most documents drawn (defaults: lineage 60, neighbourhood 40 per side, agenda 60, top 30, corpus 250).")
    var limit: Int?

    @Option(name: .long, help: "top: rank and size by citations (citing documents, default) or pagerank.")
    var by: DiagramScore = .citations

    @OptionGroup var verbosity: VerbosityOptions

    public init() {}

    public func validate() throws {
        switch view {
        case .lineage, .neighbourhood, .agenda:
            if subject == nil { throw ValidationError("--view \(view.rawValue) needs a \(view == .agenda ? "theme or document symbol" : "document symbol"), e.g. \"S/RES/1325 (2000)\"") }
        case .top, .corpus:
            if let subject { throw ValidationError("--view \(view.rawValue) takes no document or theme (got \"\(subject)\")") }
        }
        if depth < 1 { throw ValidationError("--depth must be at least 1") }
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
        if format == nil, Self.format(ofExtension: output) == nil {
            throw ValidationError("\(output): cannot tell the format from the extension; use .svg, .png, .dot or .gv, or give --format")
        }
    }

    /// The format for a file name's extension, nil when unknown.
    static func format(ofExtension path: String) -> Format? {
        switch (path as NSString).pathExtension.lowercased() {
        case "svg": .svg
        case "png": .png
        case "dot": .dot
        case "gv": .plainDot
        default: nil
        }
    }

    public func run() throws {
        let started = Date()
        let graph = try GraphArguments.load(self.graph, verbosity: verbosity)
        let loaded = Date()
        let diagram: CitationDiagram
        do {
            diagram = try makeView(for: graph).diagram(of: graph)
        } catch let error as DiagramError {
            var suggestion = ""
            switch error {
            case .unknownDocument: suggestion = GraphArguments.didYouMean(subject ?? "", in: graph)
            case .unknownTheme: suggestion = AgendaCommand.suggestions(for: subject ?? "", in: graph)
            default: break
            }
            throw CommandError("\(self.graph): \(error)\(suggestion)")
        }
        let selected = Date()
        if diagram.nodes.count > 1_000 {
            verbosity.note("citegraph: laying out \(diagram.nodes.count) documents takes sfdp about a minute for the whole corpus; --limit 1000 or less stays within seconds")
        }
        let format = (self.format ?? Self.format(ofExtension: output) ?? .svg).output
        let data: Data
        do {
            data = try diagram.render(to: format)
        } catch let error as GraphvizError {
            throw CommandError("\(output): Graphviz could not draw the diagram: \(error)")
        } catch let error as DiagramError {
            throw CommandError("\(self.graph): \(error)")
        }
        let drawn = Date()
        try AtomicFile.write(data, to: output)
        verbosity.detail(String(
            format: "citegraph: graph read in %.3f s, documents chosen in %.3f s, laid out and rendered by Graphviz in %.3f s",
            loaded.timeIntervalSince(started), selected.timeIntervalSince(loaded), drawn.timeIntervalSince(selected)))
        if let note = diagram.prunedNote { verbosity.note("citegraph: pruned: \(note)") }
        verbosity.note(
            "citegraph: \(output): \(diagram.nodes.count) documents, \(diagram.edges.count) citations; \(diagram.layout.reason)"
                + String(format: "; %.2f s", Date().timeIntervalSince(started)))
    }

    private func makeView(for graph: CitationGraph) throws -> any DiagramView {
        switch view {
        case .lineage:
            return LineageView(symbol: try symbol(in: graph), direction: direction, depth: depth, maximumDocuments: limit ?? 60)
        case .neighbourhood:
            return NeighbourhoodView(symbol: try symbol(in: graph), maximumPerSide: limit ?? 40)
        case .agenda:
            let text = subject ?? ""
            if text.contains("/") { return AgendaView(origin: .founder(try symbol(in: graph)), maximumDocuments: limit ?? 60) }
            return AgendaView(origin: .theme(text), maximumDocuments: limit ?? 60)
        case .top:
            return TopView(count: limit ?? 30, score: by)
        case .corpus:
            return CorpusView(maximumDocuments: limit ?? 250)
        }
    }

    private func symbol(in graph: CitationGraph) throws -> DocumentSymbol {
        let text = subject ?? ""
        guard let symbol = DocumentSymbol(parsing: text) else {
            throw CommandError("\"\(text)\" is not a UN document symbol (e.g. \"S/RES/1325 (2000)\", \"S/PRST/2018/10\")"
                + GraphArguments.didYouMean(text, in: graph))
        }
        return symbol
    }
}

extension LineageView.Direction: ExpressibleByArgument {}
extension DiagramScore: ExpressibleByArgument {}
