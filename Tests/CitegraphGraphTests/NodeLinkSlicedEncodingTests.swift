import CitegraphCitations
import CitegraphDocuments
import Foundation
import Testing
@testable import CitegraphGraph

/// The compact node-link JSON is encoded in slices of nodes on every core and joined: it must say
/// exactly what the pretty form (one encoder pass over the whole file) says.
@Suite struct NodeLinkSlicedEncodingTests {
    /// 1,500 resolutions, each citing the three before it: enough nodes for several slices.
    static func chainGraph() -> CitationGraph {
        var documents: [Document] = []
        var citations: [Citation] = []
        for number in 1...1_500 {
            let year = 1946 + number / 40
            let symbol = DocumentSymbol.securityCouncilResolution(number, year: year)
            documents.append(Document(symbol: symbol, kind: .securityCouncilResolution, date: "\(year)-01-01",
                                      title: "Resolution \(number)", language: .english, file: "res-\(number).xml"))
            for cited in max(1, number - 3)..<number {
                citations.append(Citation(
                    source: symbol, target: .securityCouncilResolution(cited, year: 1946 + cited / 40), relation: .recalls,
                    language: .english, file: "res-\(number).xml", paragraph: "preamble 1", quote: "\(cited)"))
            }
        }
        return CitationGraph(documents: documents, citations: citations)
    }

    @Test func slicedCompactJSONSaysWhatThePrettyJSONSays() throws {
        let graph = Self.chainGraph()
        let compact = try graph.nodeLinkJSON()
        let pretty = try graph.nodeLinkJSON(prettyPrinted: true)
        let compactObject = try JSONSerialization.jsonObject(with: compact) as? NSDictionary
        let prettyObject = try JSONSerialization.jsonObject(with: pretty) as? NSDictionary
        #expect(compactObject != nil)
        #expect(compactObject == prettyObject)
        let nodes = compactObject?["nodes"] as? [Any]
        let edges = compactObject?["edges"] as? [Any]
        #expect(nodes?.count == 1_500)
        #expect(edges?.count == 3 * 1_500 - 6)
        // Compact means no white space between tokens, as one JSONEncoder pass writes it.
        #expect(!compact.contains(UInt8(ascii: "\n")))
        #expect(compact.starts(with: Data(#"{"directed":true,"edges":[{"count":1,"key":"recalls""#.utf8)))
    }
}
