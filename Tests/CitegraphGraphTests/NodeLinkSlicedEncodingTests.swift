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

    /// The edge writer gives JSONEncoder's bytes, escapes included: quotes written with control
    /// characters, quotation marks, backslashes, slashes and non-ASCII text; pinpoints present and
    /// absent; a citation going forward in time.
    @Test func edgeWriterWritesWhatJSONEncoderWrites() throws {
        var control = ""
        for value in 0..<0x20 { control.unicodeScalars.append(Unicode.Scalar(value)!) }
        let quotes = [
            "resolution 1325 (2000)", "\"the\" \\ resolution / 2250", control, "résolution 1325\u{2028}\u{7F}😀",
            "第1325(2000)号决议", "",
        ]
        var documents: [Document] = []
        var citations: [Citation] = []
        for (offset, quote) in quotes.enumerated() {
            let number = 2000 + offset
            let symbol = DocumentSymbol.securityCouncilResolution(number, year: 2011)
            documents.append(Document(symbol: symbol, kind: .securityCouncilResolution, date: "2011-0\(offset + 1)-01",
                                      language: .english, file: "dir/res \"\(number)\".xml"))
            citations.append(Citation(
                source: symbol, target: .securityCouncilResolution(1325, year: 2000), relation: .recalls, language: .french,
                file: "dir/res \"\(number)\".xml", paragraph: "PP\(offset)", quote: quote,
                pinpoint: offset.isMultiple(of: 2) ? "paragraph \(offset)" : nil))
            // Forward in time: dated before the resolution it cites.
            citations.append(Citation(
                source: symbol, target: .securityCouncilResolution(number + 1, year: 2011), relation: .pursuantTo,
                language: .english, file: "f\tile", paragraph: "OP1", quote: quote))
        }
        let graph = CitationGraph(documents: documents, citations: citations)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let expected = try encoder.encode(graph.edgeRecords(from: 0..<graph.nodes.count))
        var writer = NodeLinkEdgeWriter()
        writer.writeEdges(of: graph, from: 0..<graph.nodes.count)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
        #expect(writer.bytes.count == expected.count)
        #expect(String(decoding: expected, as: UTF8.self).contains(#""forward_in_time":true"#))
        #expect(String(decoding: expected, as: UTF8.self).contains(#"\u001f"#))
    }
}
