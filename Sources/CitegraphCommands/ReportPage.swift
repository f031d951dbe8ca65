import CitegraphDocuments
import CitegraphGraph
import Foundation

/// The `index.html` of a report: tables, diagrams and data files tied together in one page.
///
/// Every text taken from a document passes through ``HTMLText/escape(_:)``; the page loads no script
/// and no remote resource, so it opens offline and cannot be made to run anything.
public struct ReportPage {
    /// A diagram the page shows.
    public struct Diagram {
        /// The heading above it.
        public var title: String
        /// The SVG file, relative to the page.
        public var file: String
        /// What it shows and how it was pruned.
        public var caption: String
        /// The width to show it at, in CSS pixels; nil shows it at its own size, shrunk to the page.
        public var width: Int?

        /// Creates a diagram entry.
        public init(title: String, file: String, caption: String, width: Int? = nil) {
            self.title = title
            self.file = file
            self.caption = caption
            self.width = width
        }

        /// The widest diagram shown whole; wider ones scroll sideways (the page's content width).
        public static let pageWidth = 1150
        /// The least scale a wide diagram is shown at: 10-point labels stay 10 pixels high.
        public static let leastScale = 0.75

        /// The width to show a diagram of `naturalWidth` CSS pixels at: its own up to the page width,
        /// shrunk to the page while that keeps at least ``leastScale``, else ``leastScale`` of it (the
        /// page scrolls it sideways) — scaled whole into the page, a 3,600-pixel-wide diagram's labels
        /// would be 3 pixels high.
        public static func displayWidth(naturalWidth: Int) -> Int {
            guard naturalWidth > pageWidth else { return naturalWidth }
            return max(pageWidth, Int((Double(naturalWidth) * leastScale).rounded()))
        }
    }

    /// What was read: documents, files, languages, failures.
    public var summary: String
    /// The analyses to tabulate.
    public var analyses: ReportAnalyses
    /// The diagrams, in order.
    public var diagrams: [Diagram]
    /// The data files written beside the page, with what each is for.
    public var dataFiles: [(file: String, description: String)]

    /// Creates a page.
    public init(summary: String, analyses: ReportAnalyses, diagrams: [Diagram], dataFiles: [(file: String, description: String)]) {
        self.summary = summary
        self.analyses = analyses
        self.diagrams = diagrams
        self.dataFiles = dataFiles
    }

    /// The page's HTML.
    public func html() -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Citegraph report</title>
            <style>
            body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1d1d1f; line-height: 1.45; }
            h1 { margin-bottom: 0.2rem; } h2 { margin-top: 2.5rem; border-bottom: 1px solid #ddd; padding-bottom: 0.3rem; }
            .summary { color: #444; } .credit { color: #555; font-size: 0.9rem; }
            table { border-collapse: collapse; width: 100%; font-size: 0.92rem; margin: 0.5rem 0 1rem; }
            th, td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid #eee; vertical-align: top; }
            th { background: #f5f5f7; white-space: nowrap; } td.symbol { white-space: nowrap; } td.number { text-align: right; font-variant-numeric: tabular-nums; }
            .tables { display: grid; grid-template-columns: repeat(auto-fit, minmax(30rem, 1fr)); gap: 1.5rem; }
            figure { margin: 1rem 0 2rem; } figure img { max-width: 100%; height: auto; border: 1px solid #ddd; background: #fff; }
            .diagram { overflow-x: auto; } .diagram img.wide { max-width: none; }
            figcaption { color: #555; font-size: 0.9rem; }
            a { color: #0b5cad; }
            </style>
            </head>
            <body>
            <h1>Citegraph report</h1>
            <p class="summary">\(HTMLText.escape(summary))</p>
            <p class="credit">Documents: United Nations (Security Council resolutions and presidential statements, \
            unofficial copies for information; the United Nations is their source). Links open the official text on undocs.org.</p>

            """
        html += "<h2>Most cited</h2>\n<p><em>cited by</em>: how many documents cite it; "
            + "<em>citations</em>: how many times they do, counting every mention in every language version.</p>\n<div class=\"tables\">\n"
        html += table("By citing documents (in-degree)", rows: analyses.mostCited, scoreHeading: "cited by", integer: true)
        html += table("By PageRank", rows: analyses.pageRank, scoreHeading: "PageRank", integer: false)
        html += "</div>\n<h2>Most central</h2>\n<div class=\"tables\">\n"
        html += table("Authorities (HITS)", rows: analyses.authorities, scoreHeading: "authority", integer: false)
        let betweennessTitle = analyses.betweennessSampled ? "Betweenness (sampled)" : "Betweenness"
        html += table(betweennessTitle, rows: analyses.betweenness, scoreHeading: "betweenness", integer: false)
        html += "</div>\n"
        if !diagrams.isEmpty {
            html += "<h2>Diagrams</h2>\n"
            for diagram in diagrams {
                let file = HTMLText.escape(diagram.file)
                let wide = (diagram.width ?? 0) > Diagram.pageWidth
                let size = diagram.width.map { " width=\"\($0)\"" + (wide ? " class=\"wide\"" : "") } ?? ""
                let scroll = wide ? " Wider than the page: scroll it sideways." : ""
                html += """
                    <figure>
                    <h3>\(HTMLText.escape(diagram.title))</h3>
                    <div class="diagram"><a href="\(file)"><img src="\(file)"\(size) alt="\(HTMLText.escape(diagram.title))"></a></div>
                    <figcaption>\(HTMLText.escape(diagram.caption))\(scroll) Open the SVG to click through to each document.</figcaption>
                    </figure>

                    """
            }
        }
        if !analyses.agendas.isEmpty {
            html += "<h2>Agendas</h2>\n<p>Themes the resolutions name when they cite (“resolutions 1325 (2000), … on women, peace and security”), with every document citing them, by year.</p>\n"
            for agenda in analyses.agendas {
                let founders = agenda.founders.map(link).joined(separator: ", ")
                html += "<h3>\(HTMLText.escape(agenda.theme))</h3>\n<p>\(agenda.memberCount) documents; founded by \(founders).</p>\n"
                html += "<table><tr><th>year</th><th>documents</th></tr>\n"
                for (year, members) in agenda.years {
                    html += "<tr><td>\(year)</td><td>\(members.map(link).joined(separator: ", "))</td></tr>\n"
                }
                html += "</table>\n"
            }
        }
        html += "<h2>Citations per year</h2>\n<table><tr><th>year</th><th>citing documents</th><th>documents cited</th><th>citations</th></tr>\n"
        for year in analyses.perYear.years {
            html += "<tr><td>\(year.year)</td><td class=\"number\">\(year.citingDocuments)</td><td class=\"number\">\(year.citedPairs)</td><td class=\"number\">\(year.occurrences)</td></tr>\n"
        }
        html += "</table>\n<h2>Data</h2>\n<ul>\n"
        for (file, description) in dataFiles {
            html += "<li><a href=\"\(HTMLText.escape(file))\">\(HTMLText.escape(file))</a>: \(HTMLText.escape(description))</li>\n"
        }
        html += "</ul>\n<p class=\"credit\">Made by Citegraph from documents published by the United Nations.</p>\n</body>\n</html>\n"
        return html
    }

    private func link(_ symbol: DocumentSymbol) -> String {
        "<a href=\"\(HTMLText.escape(HTMLText.undocsLink(symbol.canonical)))\">\(HTMLText.escape(symbol.shortLabel))</a>"
    }

    private func table(_ title: String, rows: [ReportAnalyses.Row], scoreHeading: String, integer: Bool) -> String {
        var html = "<div><h3>\(HTMLText.escape(title))</h3>\n<table><tr><th>#</th><th>document</th><th>year</th><th>title</th>"
            + "<th>\(HTMLText.escape(scoreHeading))</th><th>citations</th></tr>\n"
        for (index, row) in rows.enumerated() {
            let score = integer ? String(Int(row.score)) : String(format: "%#.4g", row.score)
            let year = row.node.year.map(String.init) ?? ""
            html += "<tr><td class=\"number\">\(index + 1)</td><td class=\"symbol\">\(link(row.node.symbol))</td><td>\(year)</td>"
                + "<td>\(HTMLText.escape(row.node.title ?? ""))</td><td class=\"number\">\(score)</td>"
                + "<td class=\"number\">\(row.occurrences)</td></tr>\n"
        }
        return html + "</table></div>\n"
    }
}
