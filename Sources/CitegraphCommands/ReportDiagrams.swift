import CitegraphGraph

/// The diagrams of a report, drawn through Graphviz into the report's folder.
enum ReportDiagrams {
    /// Writes the report's diagrams into `folder` and returns their entries for the page.
    static func write(graph: CitationGraph, analyses: ReportAnalyses, into folder: String, verbosity: VerbosityOptions) throws -> [ReportPage.Diagram] {
        []
    }
}
