import CitegraphCitations
import CitegraphDocuments
import Foundation
@testable import CitegraphGraph

/// The women, peace and security fixture: citations read from the Akoma Ntoso texts of resolutions
/// 1325 (2000) … 2493 (2019), and the English and French texts of 2538 (2020).
enum Fixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/graph")

    struct Corpus: Decodable {
        var documents: [Document]
        var citations: [Citation]
    }

    static func corpus() throws -> Corpus {
        try JSONDecoder().decode(Corpus.self, from: Data(contentsOf: directory.appendingPathComponent("wps-citations.json")))
    }

    static func graph() throws -> CitationGraph {
        let corpus = try corpus()
        return CitationGraph(documents: corpus.documents, citations: corpus.citations)
    }

    static func symbol(_ text: String) -> DocumentSymbol { DocumentSymbol(parsing: text)! }
}
