import CitegraphCitations
import CitegraphDocuments
import CitegraphRendering
import Foundation
import Graphviz
import Testing

@Suite("Hostile text stays text")
struct HostileTextTests {
    static let hostileTitle = #"<script>alert(1)</script> "quoted" back\slash \N & javascript:alert(2)"#

    static var diagram: CitationDiagram {
        CitationDiagram(
            nodes: [
                DiagramNode(symbol: .securityCouncilResolution(1325, year: 2000), title: hostileTitle, date: "2000-10-31",
                            score: 2, cluster: "Women & <peace> \"security\""),
                DiagramNode(id: "S/<SCRIPT>/\"X\" & Y", label: "<b>bold?</b> \\l", kind: .other, year: 2008,
                            title: "javascript:alert(3)", score: 1, cluster: "Women & <peace> \"security\""),
                DiagramNode(symbol: .securityCouncilResolution(1820, year: 2008), title: "Women and peace and security",
                            date: "2008-06-19", score: 1),
            ],
            edges: [
                DiagramEdge(from: "S/RES/1820 (2008)", to: "S/RES/1325 (2000)", relation: .recalls, count: 2),
                DiagramEdge(from: "S/<SCRIPT>/\"X\" & Y", to: "S/RES/1325 (2000)", relation: .cites),
            ],
            caption: "Caption with </text><script>alert(4)</script> & \"quotes\"",
            prunedNote: "showing 3 of 1,288 documents: top by PageRank \\ <i>")
    }

    @Test("Titles, ids, labels, clusters and captions with markup are inert in the SVG")
    func inertInSVG() throws {
        let data = try Self.diagram.render(to: .svg)
        let svg = try SVGTree(data)
        #expect(svg.elements(named: "script").isEmpty)
        #expect(svg.elements(named: "b").isEmpty)
        let groups = svg.nodesByTitle
        let first = try #require(groups["S/RES/1325 (2000)"]?.first?.firstLink)
        #expect(first.value(of: "xlink:title") == "S/RES/1325 (2000) — \(Self.hostileTitle) — 2000-10-31")
        let hostile = try #require(groups["S/<SCRIPT>/\"X\" & Y"]?.first?.firstLink)
        #expect(hostile.value(of: "xlink:href") == "https://undocs.org/S/%3CSCRIPT%3E/%22X%22%20%26%20Y")
        let texts = svg.elements(named: "text").compactMap(\.stringValue)
        #expect(texts.contains("<b>bold?</b> \\l"))
        #expect(texts.contains("Caption with </text><script>alert(4)</script> & \"quotes\""))
        #expect(texts.contains("showing 3 of 1,288 documents: top by PageRank \\ <i>"))
        #expect(texts.contains("Women & <peace> \"security\""))
        let raw = String(decoding: data, as: UTF8.self)
        #expect(!raw.contains("<script"))
        #expect(!raw.contains("href=\"javascript"))
    }

    @Test("The hostile diagram's DOT re-parses with the same names and byte-identical output twice")
    func hostileDOT() throws {
        let dot = try Self.diagram.render(to: .dot)
        #expect(dot == (try Self.diagram.render(to: .dot)))
        let reparsed = try Graphviz.parse(dot: String(decoding: dot, as: UTF8.self))
        #expect(Set(reparsed.nodes.map(\.name)).isSuperset(of: Self.diagram.nodes.map(\.id)))
        #expect(reparsed.subgraphs.contains { $0.name == "cluster_1" && $0.nodes.count == 2 })
    }

    @Test("Bad diagrams are refused with a clear error")
    func invalidDiagrams() throws {
        var duplicate = Self.diagram
        duplicate.nodes.append(duplicate.nodes[0])
        #expect(throws: DiagramError.duplicateNode("S/RES/1325 (2000)")) { try duplicate.encoded() }
        var dangling = Self.diagram
        dangling.edges.append(DiagramEdge(from: "S/RES/1820 (2008)", to: "S/RES/9999 (2030)", relation: .cites))
        #expect(throws: DiagramError.unknownNode("S/RES/9999 (2030)", edge: "S/RES/1820 (2008) → S/RES/9999 (2030)")) {
            try dangling.encoded()
        }
        var uncounted = Self.diagram
        uncounted.edges[0].count = 0
        #expect(throws: DiagramError.invalidCount(edge: "S/RES/1820 (2008) → S/RES/1325 (2000)", 0)) { try uncounted.encoded() }
        let empty = CitationDiagram(nodes: [], edges: [], caption: "Nothing")
        #expect(throws: DiagramError.empty) { try empty.render(to: .svg) }
        var reserved = Self.diagram
        reserved.nodes[2].id = "year:2008"
        #expect(throws: DiagramError.duplicateNode("year:2008")) { try reserved.encoded() }
        var infinite = Self.diagram
        infinite.nodes[2].score = .infinity
        #expect(throws: DiagramError.invalidScore("S/RES/1820 (2008)", .infinity)) { try infinite.encoded() }
    }
}
