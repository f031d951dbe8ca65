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

/// NetworkX 3.6.1's values on the fixture graph, computed once by Scripts/compare-networkx.
struct NetworkXExpected: Decodable {
    struct Sample: Decodable {
        var k: Int
        var sources: [String]
    }

    var networkx: String
    var sampled_betweenness: Sample
    var values: [String: [String: Double]]

    static func load() throws -> NetworkXExpected {
        try JSONDecoder().decode(NetworkXExpected.self, from: Data(contentsOf: Fixture.directory.appendingPathComponent("networkx-expected.json")))
    }

    /// The values of a measure by node index of `graph`.
    func values(_ measure: String, in graph: CitationGraph) throws -> [Double] {
        guard let byNode = values[measure] else { throw FixtureError.missing(measure) }
        return try graph.nodes.map { node in
            guard let value = byNode[node.symbol.canonical] else { throw FixtureError.missing("\(measure) of \(node.symbol)") }
            return value
        }
    }
}

enum FixtureError: Error { case missing(String) }

/// The largest absolute difference between two score vectors of equal length (infinity otherwise).
func maxAbsoluteDifference(_ lhs: [Double], _ rhs: [Double]) -> Double {
    guard lhs.count == rhs.count else { return .infinity }
    return zip(lhs, rhs).map { abs($0 - $1) }.max() ?? 0
}
