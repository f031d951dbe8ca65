import CitegraphCitations
import CitegraphDocuments
import Foundation
import Testing
@testable import CitegraphGraph
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Counts elements and collects attributes of an XML document, failing on malformed XML.
final class ElementCounter: NSObject, XMLParserDelegate {
    var counts = [String: Int]()
    var attributes = [String: [[String: String]]]()
    var text = ""

    static func parse(_ xml: String) throws -> ElementCounter {
        let counter = ElementCounter()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = counter
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.propertyListReadCorrupt) }
        return counter
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
        counts[name, default: 0] += 1
        self.attributes[name, default: []].append(attributes)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}

@Suite struct ExportWriterTests {
    /// The fixture graph plus a document whose title needs escaping.
    func graphWithAwkwardTitle() throws -> CitationGraph {
        var corpus = try Fixture.corpus()
        let awkward = "Women & peace <security> \"quoted\" it's\u{1}"
        if let index = corpus.documents.firstIndex(where: { $0.symbol?.canonical == "S/RES/1820 (2008)" }) {
            corpus.documents[index].title = awkward
        }
        return CitationGraph(documents: corpus.documents, citations: corpus.citations)
    }

    @Test func graphMLIsWellFormedCompleteAndEscaped() throws {
        let graph = try graphWithAwkwardTitle()
        let xml = graph.graphML()
        let parsed = try ElementCounter.parse(xml)
        #expect(parsed.counts["node"] == 32)
        #expect(parsed.counts["edge"] == 114)
        #expect(parsed.text.contains("Women & peace <security> \"quoted\" it's\u{FFFD}"))
        #expect(xml == graph.graphML())
    }

    @Test func gexfCarriesDatesForTheTimeline() throws {
        let graph = try graphWithAwkwardTitle()
        let parsed = try ElementCounter.parse(graph.gexf())
        #expect(parsed.counts["node"] == 32)
        #expect(parsed.counts["edge"] == 114)
        let nodes = parsed.attributes["node"] ?? []
        #expect(nodes.first { $0["id"] == "S/RES/1325 (2000)" }?["start"] == "2000-10-31")
        // Cited but not in the fixture: only the year is known.
        #expect(nodes.first { $0["id"] == "S/PRST/2001/31" }?["start"] == "2001-01-01")
        let edges = parsed.attributes["edge"] ?? []
        #expect(edges.first { $0["source"] == "S/RES/2538 (2020)" && $0["target"] == "S/RES/2242 (2015)" }?["weight"] == "4")
        #expect(edges.first { $0["source"] == "S/RES/2538 (2020)" }?["start"] == "2020-08-28")
    }

    @Test func neo4jCSVHeadersAndRows() throws {
        let csv = try Fixture.graph().neo4jCSV()
        let nodeLines = csv.nodes.split(separator: "\n")
        #expect(nodeLines.first == "symbol:ID,kind,:LABEL,label,date,year:int,title,themes:string[],languages:string[],files:string[],in_corpus:boolean")
        #expect(nodeLines.count == 33)
        #expect(nodeLines.contains(
            "S/RES/1325 (2000),securityCouncilResolution,Document;SecurityCouncilResolution,1325 (2000),2000-10-31,2000,,\"women, peace and security\",en,akn/Pre-2020/2000/S_RES_1325_N0072018.xml,true"))
        let relationshipLines = csv.relationships.split(separator: "\n")
        #expect(relationshipLines.first == ":START_ID,:END_ID,:TYPE,count:int")
        #expect(relationshipLines.count == 115)
        #expect(relationshipLines.contains("S/RES/2122 (2013),S/RES/1325 (2000),TAKES_NOTE_OF,1"))
        #expect(CitationGraph.csvField("a \"b\", c") == "\"a \"\"b\"\", c\"")
    }

    @Test func pajekArcsSumOccurrences() throws {
        let text = try Fixture.graph().pajek()
        let lines = text.split(separator: "\n")
        #expect(lines.first == "*Vertices 32")
        #expect(lines[6] == "6 \"S/RES/1325 (2000)\"")
        #expect(lines.filter { !$0.hasPrefix("*") && $0.split(separator: " ").count == 3 && !$0.contains("\"") }.count == 83)
        // 2538 (2020) is node 25 and 2242 (2015) node 21: recalled twice in English and twice in French.
        #expect(lines.contains("25 21 4"))
    }
}
