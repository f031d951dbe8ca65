import CitegraphAnalysis
import CitegraphDocuments
import CitegraphGraph
import CitegraphRendering
import Foundation
import Graphviz

/// The diagrams of a report, drawn through Graphviz into the report's folder: the lineage of each
/// leading agenda from its most cited founder (`S/RES/1325 (2000)` for women, peace and security),
/// the map of the leading agenda, the most cited documents, the neighbourhood of the most cited
/// one, and the whole corpus. Each is written as SVG (linked, with tooltips), and as PNG when asked.
enum ReportDiagrams {
    /// One diagram to draw: its file stem, heading and view.
    struct Plan {
        var stem: String
        var title: String
        var view: any DiagramView
    }

    /// Writes the report's diagrams into `folder` and returns their entries for the page.
    ///
    /// A diagram that cannot be drawn (an empty graph, a Graphviz failure) is named on stderr and
    /// left out; the rest of the report goes on.
    static func write(
        graph: CitationGraph, analyses: ReportAnalyses, into folder: String, png: Bool = false, verbosity: VerbosityOptions
    ) throws -> [ReportPage.Diagram] {
        var entries: [ReportPage.Diagram] = []
        for plan in plans(graph: graph, analyses: analyses) {
            let started = Date()
            let diagram: CitationDiagram
            let rendered: [Data]
            do {
                diagram = try plan.view.diagram(of: graph)
                rendered = try diagram.render(to: png ? [.svg, .png] : [.svg])
            } catch let error as DiagramError {
                verbosity.note("citegraph: \(plan.stem).svg: not drawn: \(error)")
                continue
            } catch let error as GraphvizError {
                verbosity.note("citegraph: \(plan.stem).svg: Graphviz could not draw it: \(error)")
                continue
            }
            let svg = plan.stem + ".svg"
            try AtomicFile.write(rendered[0], to: (folder as NSString).appendingPathComponent(svg))
            if png { try AtomicFile.write(rendered[1], to: (folder as NSString).appendingPathComponent(plan.stem + ".png")) }
            verbosity.detail("citegraph: \(svg): \(diagram.nodes.count) documents" + String(format: " in %.2f s", Date().timeIntervalSince(started)))
            let pruned = diagram.prunedNote.map { " Pruned: \($0)." } ?? ""
            entries.append(ReportPage.Diagram(
                title: plan.title, file: svg,
                caption: "\(diagram.caption).\(pruned) Drawn by \(diagram.layout.reason).",
                width: naturalWidth(ofSVG: rendered[0]).map(ReportPage.Diagram.displayWidth(naturalWidth:))))
        }
        return entries
    }

    /// The width a browser gives an SVG of Graphviz's, in CSS pixels: its root's `width="…pt"`
    /// (a point is 4/3 of a pixel); nil when the header does not say.
    static func naturalWidth(ofSVG svg: Data) -> Int? {
        let head = String(decoding: svg.prefix(2_000), as: UTF8.self)
        guard let root = head.range(of: "<svg"), let start = head.range(of: "width=\"", range: root.upperBound..<head.endIndex),
              let end = head.range(of: "pt\"", range: start.upperBound..<head.endIndex),
              let points = Double(head[start.upperBound..<end.lowerBound])
        else { return nil }
        return Int((points * 4 / 3).rounded())
    }

    /// The diagrams a report draws for `graph`, in page order.
    static func plans(graph: CitationGraph, analyses: ReportAnalyses) -> [Plan] {
        var plans: [Plan] = []
        let citing = InDegree().scores(in: graph)
        for agenda in analyses.agendas {
            let founder = agenda.founders.compactMap { symbol in graph.index(of: symbol).map { (symbol, citing[Int($0)]) } }
                .max { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 > $1.0 }?.0
            guard let founder else { continue }
            plans.append(Plan(
                stem: "lineage-" + slug(agenda.theme),
                title: "Lineage of the agenda “\(agenda.theme)” from \(founder.canonical)",
                view: LineageView(symbol: founder, direction: .descendants, depth: 2, maximumDocuments: 50)))
        }
        if let leading = analyses.agendas.first {
            plans.append(Plan(stem: "agenda-" + slug(leading.theme), title: "Map of the agenda “\(leading.theme)”",
                              view: AgendaView(origin: .theme(leading.theme))))
        }
        plans.append(Plan(stem: "most-cited", title: "The most cited documents", view: TopView(count: 30)))
        if let top = analyses.mostCited.first {
            plans.append(Plan(stem: "neighbourhood", title: "Neighbourhood of \(top.node.symbol.canonical), the most cited document",
                              view: NeighbourhoodView(symbol: top.node.symbol, maximumPerSide: 30)))
        }
        plans.append(Plan(stem: "corpus", title: "The whole corpus", view: CorpusView()))
        return plans
    }

    /// A file-name stem from a theme: lower-case letters and digits joined by hyphens
    /// (`women, peace and security` → `women-peace-and-security`).
    static func slug(_ text: String) -> String {
        let words = text.lowercased().unicodeScalars.split { !(("a"..."z").contains($0) || ("0"..."9").contains($0)) }
        let stem = words.map { String(String.UnicodeScalarView($0)) }.joined(separator: "-")
        return stem.isEmpty ? "theme" : String(stem.prefix(60))
    }
}
