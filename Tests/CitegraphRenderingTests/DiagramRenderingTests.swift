import CitegraphCitations
import CitegraphDocuments
import CitegraphRendering
import Foundation
import Graphviz
import Testing

@Suite("Citation diagrams of real resolutions")
struct DiagramRenderingTests {
    @Test("The fixtures hold the citations the UN's editors linked")
    func fixtureCitations() throws {
        let (diagram, sources) = try WomenPeaceSecurityDiagram.make()
        #expect(sources.map(\.symbol.canonical) == ["S/RES/2467 (2019)", "S/RES/2493 (2019)"])
        #expect(sources.map(\.date) == ["2019-04-23", "2019-10-29"])
        #expect(sources[0].title == "Women and peace and security")
        #expect(sources.map(\.links.count) == [23, 15])
        // 2493 reaffirms 2467: the one citation between the two.
        #expect(diagram.edges.filter { $0.to == "S/RES/2467 (2019)" }
            == [DiagramEdge(from: "S/RES/2493 (2019)", to: "S/RES/2467 (2019)", relation: .reaffirms, count: 1)])
        #expect(diagram.nodes.count == 13)
        #expect(diagram.layout.engine == .dot)
    }

    @Test("SVG is valid XML with exactly one node per document, each linking to undocs.org with its tooltip")
    func svgNodes() throws {
        let (diagram, _) = try WomenPeaceSecurityDiagram.make()
        let svg = try SVGTree(diagram.render(to: .svg))
        let groups = svg.nodesByTitle
        for node in diagram.nodes {
            let matches = try #require(groups[node.id], "no node for \(node.id)")
            #expect(matches.count == 1)
            let link = try #require(matches[0].firstLink)
            #expect(link.value(of: "xlink:href") == "https://undocs.org/" + node.id
                .replacingOccurrences(of: " ", with: "%20").replacingOccurrences(of: "(", with: "%28")
                .replacingOccurrences(of: ")", with: "%29"))
            let tooltip = try #require(link.value(of: "xlink:title"))
            #expect(tooltip.hasPrefix(node.id))
            if let title = node.title, let date = node.date {
                #expect(tooltip == "\(node.id) — \(title) — \(date)")
            }
        }
        let texts = Set(svg.elements(named: "text").compactMap(\.stringValue))
        #expect(texts.isSuperset(of: diagram.nodes.map(\.label)))
        #expect(texts.contains("1325 (2000)"))
        // Other nodes: the key and one axis node per year from 2000 to 2019.
        let others = Set(groups.keys).subtracting(diagram.nodes.map(\.id))
        #expect(others == Set(["legend:key"] + (2000...2019).map { "year:\($0)" }))
        // One edge group per citation; the axis chain is invisible and not drawn.
        let edges = svg.elements(named: "g").filter { $0.value(of: "class") == "edge" }
        #expect(edges.count == diagram.edges.count)
    }

    /// The resolutions on conflict-related sexual violence, the agenda's second strand.
    static let sexualViolence: Set = ["S/RES/1820 (2008)", "S/RES/1888 (2009)", "S/RES/1960 (2010)", "S/RES/2106 (2013)", "S/RES/2467 (2019)"]

    static func clustered(_ diagram: CitationDiagram) -> CitationDiagram {
        var diagram = diagram
        for index in diagram.nodes.indices where sexualViolence.contains(diagram.nodes[index].id) {
            diagram.nodes[index].cluster = "Sexual violence in conflict"
        }
        return diagram
    }

    @Test("Time runs left to right: each document sits in its year's column, clustered or not", arguments: [false, true])
    func yearColumns(clustered: Bool) throws {
        let (plain, _) = try WomenPeaceSecurityDiagram.make()
        let diagram = clustered ? Self.clustered(plain) : plain
        let laidOut = try Graphviz.parse(dot: String(decoding: try diagram.render(to: .dot), as: UTF8.self))
        func x(_ name: String) throws -> Double {
            let node = try #require(laidOut.nodes.first { $0.name == name })
            let position = try #require(node.attributes["pos"]?.string)
            return try #require(Double(position.split(separator: ",")[0]))
        }
        for node in diagram.nodes {
            let year = try #require(node.year)
            #expect(try x(node.id) == x("year:\(year)"), "\(node.id)")
        }
        if clustered {
            let cluster = try #require(laidOut.subgraphs.first { $0.name == "cluster_1" })
            #expect(Set(cluster.nodes.map(\.name)) == Self.sexualViolence)
            #expect(cluster.attributes["label"] == "Sexual violence in conflict")
            // One cluster box: the per-year groups inside it are not clusters.
            let svg = try SVGTree(diagram.render(to: .svg))
            let boxes = svg.elements(named: "g").filter { $0.value(of: "class") == "cluster" }
            #expect(boxes.count == 1)
        }
        #expect(try x("year:2000") < x("year:2008"))
        #expect(try x("year:2008") < x("year:2019"))
    }

    @Test("DOT re-parses with every document, citation and the year axis")
    func dotReparses() throws {
        let (diagram, _) = try WomenPeaceSecurityDiagram.make()
        let reparsed = try Graphviz.parse(dot: String(decoding: try diagram.render(to: .dot), as: UTF8.self))
        let names = Set(reparsed.nodes.map(\.name))
        #expect(names.isSuperset(of: diagram.nodes.map(\.id)))
        #expect(reparsed.nodes.count == diagram.nodes.count + 1 + 20)
        #expect(reparsed.edges.count == diagram.edges.count + 19)
        let reaffirms = try #require(reparsed.edges.first { $0.tail == "S/RES/2493 (2019)" && $0.head == "S/RES/2467 (2019)" })
        #expect(reaffirms.attributes["color"] == .text(RelationStyle.of(.reaffirms).color))
        #expect(reparsed.attributes["rankdir"] == "LR")
    }

    @Test("Node size follows the score: the most cited resolution is drawn largest")
    func sizeByScore() throws {
        let (diagram, _) = try WomenPeaceSecurityDiagram.make()
        let encoded = try diagram.encoded()
        let top = try #require(diagram.nodes.max { $0.score < $1.score })
        #expect(top.id == "S/RES/1325 (2000)")
        #expect(top.score == 7)
        let sizes = encoded.nodes.filter { node in diagram.nodes.contains { $0.id == node.name } }
            .map { ($0.name, Double($0.attributes["fontsize"]?.string ?? "") ?? 0) }
        #expect(sizes.max { $0.1 < $1.1 }?.0 == top.id)
        #expect(sizes.first { $0.0 == top.id }?.1 == 18)
    }

    @Test("The same diagram renders byte-identical SVG and DOT twice", arguments: [OutputFormat.svg, .dot, .png])
    func deterministic(format: OutputFormat) throws {
        let (first, _) = try WomenPeaceSecurityDiagram.make()
        let (second, _) = try WomenPeaceSecurityDiagram.make()
        #expect(try first.render(to: format) == second.render(to: format))
    }
}
