import Foundation
import Graphviz
import Testing

@Suite("Rendering in memory")
struct RenderingTests {
    @Test("SVG is valid XML holding one titled node group per resolution and one edge group per citation")
    func svgHoldsEveryNode() throws {
        let svg = try SVGDocument(Graphviz.render(ResolutionGraph.graph, to: .svg))
        #expect(svg.nodeTitles == ResolutionGraph.symbols)
        #expect(svg.edgeGroups.count == ResolutionGraph.citations.count)
        let edgeTitles = svg.edgeGroups.compactMap { $0.elements(forName: "title").first?.stringValue }
        #expect(edgeTitles.first == "S/RES/1820 (2008)&#45;&gt;S/RES/1325 (2000)"
            || edgeTitles.first == "S/RES/1820 (2008)->S/RES/1325 (2000)")
        let graphTitle = svg.allElements(named: "title").first?.stringValue
        #expect(graphTitle == "women_peace_security")
    }

    @Test("Laid-out DOT re-parses through agmemread with the same nodes and edges, and gains positions")
    func laidOutDOTReparses() throws {
        let dot = try Graphviz.render(ResolutionGraph.graph, to: .dot)
        let reparsed = try Graphviz.parse(dot: String(decoding: dot, as: UTF8.self))
        #expect(reparsed.name == "women_peace_security")
        #expect(reparsed.nodes.map(\.name) == ResolutionGraph.symbols)
        #expect(reparsed.edges.map { [$0.tail, $0.head] } == ResolutionGraph.citations.map { [$0.0, $0.1] })
        #expect(reparsed.nodes.allSatisfy { $0.attributes["pos"] != nil })
        #expect(reparsed.attributes["bb"] != nil)
        #expect(reparsed.attributes["rankdir"] == "RL")
    }

    @Test("Canonical DOT is written without a layout and re-parses to the same description")
    func canonicalDOTRoundTrips() throws {
        let canonical = String(decoding: try Graphviz.render(ResolutionGraph.graph, to: .canonical), as: UTF8.self)
        #expect(canonical.hasPrefix("digraph women_peace_security {"))
        #expect(!canonical.contains("pos="))
        let reparsed = try Graphviz.parse(dot: canonical)
        #expect(reparsed.nodes.map(\.name) == ResolutionGraph.symbols)
        #expect(reparsed.nodes[1].attributes["tooltip"] == "Security Council resolution S/RES/1820 (2008)")
        #expect(reparsed.nodeDefaults["shape"] == "box")
        #expect(reparsed.edges.count == 3)
        #expect(reparsed.edges.allSatisfy { $0.attributes["label"] == "recalls" })
    }

    @Test("PNG comes from the cairo renderer: PNG signature and the layout's pixel size")
    func pngIsAPicture() throws {
        let outputs = try Graphviz.render(ResolutionGraph.graph, to: [.png, .svg])
        let png = outputs[0]
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        // IHDR width and height (big-endian) match the SVG's size in points at 96 dpi (× 4/3).
        let bytes = Array(png)
        let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let svg = try SVGDocument(outputs[1])
        let svgWidth = svg.document.rootElement()?.value(of: "width") ?? ""
        let points = Double(svgWidth.replacingOccurrences(of: "pt", with: "")) ?? 0
        #expect(points > 0)
        #expect(abs(Double(width) - points * 4 / 3) <= 2)
    }

    @Test("Every installed layout engine lays the graph out", arguments: LayoutEngine.allCases)
    func everyEngine(engine: LayoutEngine) throws {
        let svg = try SVGDocument(Graphviz.render(ResolutionGraph.graph, using: engine, to: .svg))
        #expect(svg.nodeTitles == ResolutionGraph.symbols)
    }

    @Test("Clusters, rank=same groups and HTML-like labels reach the SVG")
    func subgraphsAndHTMLLabels() throws {
        var graph = ResolutionGraph.graph
        graph.nodes[0].attributes["label"] = .html("<b>1325</b> (2000)")
        graph.subgraphs = [
            .cluster("wps", attributes: ["label": "Women, peace and security"], nodes: [GraphvizNode("S/RES/1820 (2008)")]),
            .sameRank("same_rank", nodes: ["S/RES/1325 (2000)", "S/RES/2467 (2019)"]),
        ]
        let svg = try SVGDocument(Graphviz.render(graph, to: .svg))
        let clusters = svg.allElements(named: "g").filter { $0.value(of: "class") == "cluster" }
        #expect(clusters.compactMap { $0.elements(forName: "title").first?.stringValue } == ["clusterwps"])
        let texts = svg.allElements(named: "text").compactMap(\.stringValue)
        #expect(texts.contains("Women, peace and security"))
        #expect(texts.contains("1325"))
        let bold = svg.allElements(named: "text").filter { $0.value(of: "font-weight") == "bold" }
        #expect(bold.compactMap(\.stringValue) == ["1325"])

        let dot = try Graphviz.parse(dot: String(decoding: try Graphviz.render(graph, to: .canonical), as: UTF8.self))
        let first = try #require(dot.nodes.first { $0.name == "S/RES/1325 (2000)" })
        #expect(first.attributes["label"] == .html("<b>1325</b> (2000)"))
        #expect(dot.subgraphs.map(\.name).sorted() == ["clusterwps", "same_rank"])
        let sameRank = try #require(dot.subgraphs.first { $0.name == "same_rank" })
        #expect(sameRank.attributes["rank"] == "same")
        #expect(sameRank.nodes.map(\.name) == ["S/RES/1325 (2000)", "S/RES/2467 (2019)"])
        let cluster = try #require(dot.subgraphs.first { $0.name == "clusterwps" })
        #expect(cluster.attributes["label"] == "Women, peace and security")
    }

    @Test("A URL holding & < > \" stays valid XML and reads back as the intended link")
    func urlWithAmpersand() throws {
        var graph = ResolutionGraph.graph
        graph.nodes[0].attributes["URL"] = "https://digitallibrary.un.org/search?p=S/RES/1325 (2000)&ln=en&x=\"<1>\""
        let svg = try SVGDocument(Graphviz.render(graph, to: .svg))
        #expect(svg.linkTargets.first == "https://digitallibrary.un.org/search?p=S/RES/1325%20(2000)&ln=en&x=%22%3C1%3E%22")
    }
}
