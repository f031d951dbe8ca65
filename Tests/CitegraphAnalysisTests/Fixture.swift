import CitegraphCitations
import CitegraphDocuments
import CitegraphGraph
import Foundation

/// The women, peace and security graph fixture (see Tests/Fixtures/graph) and NetworkX's values for it.
enum Fixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/graph")

    static func graph() throws -> CitationGraph {
        try CitationGraph(contentsOfNodeLink: directory.appendingPathComponent("wps-graph.json"))
    }

    static func symbol(_ text: String) -> DocumentSymbol { DocumentSymbol(parsing: text)! }
}
