import CitegraphAnalysis
import CitegraphDocuments
import CitegraphGraph
import CitegraphRendering
import Foundation
import Graphviz
import Testing

/// The views on the graph of the women, peace and security resolutions (Tests/Fixtures/graph,
/// built from the United Nations' texts of 1325 (2000) to 2538 (2020)).
@Suite("Views of the women, peace and security graph")
struct DiagramViewTests {
    static let graph: CitationGraph = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/graph/wps-graph.json")
        return try! CitationGraph(contentsOfNodeLink: url)
    }()

    static func resolution(_ number: Int, _ year: Int) -> DocumentSymbol { .securityCouncilResolution(number, year: year) }
    static func ids(_ diagram: CitationDiagram) -> Set<String> { Set(diagram.nodes.map(\.id)) }
    static func edge(_ diagram: CitationDiagram, _ from: String, _ to: String) -> DiagramEdge? {
        diagram.edges.first { $0.from == from && $0.to == to }
    }

    /// The resolutions of the agenda whose texts the fixture holds.
    static let wpsResolutions: Set = [
        "S/RES/1325 (2000)", "S/RES/1820 (2008)", "S/RES/1888 (2009)", "S/RES/1889 (2009)", "S/RES/1960 (2010)",
        "S/RES/2106 (2013)", "S/RES/2122 (2013)", "S/RES/2242 (2015)", "S/RES/2467 (2019)", "S/RES/2493 (2019)",
        "S/RES/2538 (2020)",
    ]

    @Test("Neighbourhood of 1820 (2008): the ten documents it cites and the eight resolutions citing it")
    func neighbourhood() throws {
        let diagram = try NeighbourhoodView(symbol: Self.resolution(1820, 2008)).diagram(of: Self.graph)
        let cited: Set = [
            "S/PRST/2001/31", "S/PRST/2002/32", "S/PRST/2004/40", "S/PRST/2005/52", "S/PRST/2006/42", "S/PRST/2007/40",
            "S/PRST/2007/5", "S/RES/1325 (2000)", "S/RES/1612 (2005)", "S/RES/1674 (2006)",
        ]
        let citing: Set = [
            "S/RES/1888 (2009)", "S/RES/1889 (2009)", "S/RES/1960 (2010)", "S/RES/2106 (2013)", "S/RES/2122 (2013)",
            "S/RES/2242 (2015)", "S/RES/2467 (2019)", "S/RES/2493 (2019)",
        ]
        #expect(Self.ids(diagram) == cited.union(citing).union(["S/RES/1820 (2008)"]))
        #expect(Set(diagram.edges.filter { $0.from == "S/RES/1820 (2008)" }.map(\.to)) == cited)
        #expect(Set(diagram.edges.filter { $0.to == "S/RES/1820 (2008)" }.map(\.from)) == citing)
        #expect(diagram.edges.count == 18)
        #expect(diagram.prunedNote == nil)
        #expect(diagram.nodes.filter(\.isFocus).map(\.id) == ["S/RES/1820 (2008)"])
        #expect(diagram.layout.engine == .dot)
        // Not bundled: Graphviz would put the arrowheads at the merge points, not on the documents.
        #expect(try diagram.encoded().attributes["concentrate"] == nil)

        // Pruned to three a side: the most cited documents it cites, and a note saying so.
        let pruned = try NeighbourhoodView(symbol: Self.resolution(1820, 2008), maximumPerSide: 3).diagram(of: Self.graph)
        #expect(Set(pruned.edges.filter { $0.from == "S/RES/1820 (2008)" }.map(\.to))
            == ["S/RES/1325 (2000)", "S/RES/1612 (2005)", "S/RES/1674 (2006)"])
        #expect(pruned.prunedNote
            == "showing the 3 most cited (then most recent) of the 10 documents it cites; showing the 3 most cited (then most recent) of the 8 documents citing it")
        // Ties go to the most recent: 2122 (2013) and 2242 (2015) are each cited by three documents of
        // the fixture; with room for five citing documents, 2242 is kept.
        let five = try NeighbourhoodView(symbol: Self.resolution(1820, 2008), maximumPerSide: 5).diagram(of: Self.graph)
        #expect(Set(five.edges.filter { $0.to == "S/RES/1820 (2008)" }.map(\.from))
            == ["S/RES/1888 (2009)", "S/RES/1889 (2009)", "S/RES/1960 (2010)", "S/RES/2106 (2013)", "S/RES/2242 (2015)"])
    }

    @Test("Lineage of 2493 (2019): what it builds on, time respected, implied citations reduced")
    func lineage() throws {
        let view = LineageView(symbol: Self.resolution(2493, 2019), direction: .ancestors, depth: 1)
        let diagram = try view.diagram(of: Self.graph)
        #expect(Self.ids(diagram) == Self.wpsResolutions.subtracting(["S/RES/2538 (2020)"]).union(["S/RES/1645 (2005)"]))
        // 2493 reaffirms 2467, which cites 1325: the direct arrow to 1325 is implied and not drawn.
        #expect(Self.edge(diagram, "S/RES/2493 (2019)", "S/RES/2467 (2019)")?.relation == .reaffirms)
        #expect(Self.edge(diagram, "S/RES/2493 (2019)", "S/RES/1325 (2000)") == nil)
        let note = try #require(diagram.prunedNote)
        #expect(note.contains("depth limited to 1 step: 19 more documents one step further"))
        #expect(note.contains("transitive reduction:"))
        let years = Dictionary(uniqueKeysWithValues: diagram.nodes.map { ($0.id, $0.year ?? 0) })
        #expect(diagram.edges.allSatisfy { years[$0.from]! >= years[$0.to]! })

        // Without the reduction the arrow to 1325 is there, drawn as its most specific relation
        // (2493 reaffirms, welcomes and cites 1325) and counting every occurrence.
        var unreduced = view
        unreduced.reducesTransitively = false
        let full = try unreduced.diagram(of: Self.graph)
        let direct = try #require(Self.edge(full, "S/RES/2493 (2019)", "S/RES/1325 (2000)"))
        #expect(direct.relation == .reaffirms)
        let occurrences = Self.graph.edges.filter {
            Self.graph.node($0.source).symbol.canonical == "S/RES/2493 (2019)" && Self.graph.node($0.target).symbol.canonical == "S/RES/1325 (2000)"
        }
        #expect(occurrences.count == 3)
        #expect(direct.count == occurrences.map(\.count).reduce(0, +))
        #expect(full.edges.count > diagram.edges.count)
    }

    @Test("Lineage pruned: nearest, then most cited, then most recent (2242 (2015) over 2122 (2013), both cited thrice)")
    func lineagePrunedToTheMostRecentOnTies() throws {
        let diagram = try LineageView(symbol: Self.resolution(1820, 2008), direction: .descendants, depth: 1, maximumDocuments: 5)
            .diagram(of: Self.graph)
        #expect(Self.ids(diagram) == ["S/RES/1820 (2008)", "S/RES/1888 (2009)", "S/RES/1889 (2009)", "S/RES/1960 (2010)",
                                      "S/RES/2106 (2013)", "S/RES/2242 (2015)"])
        #expect(diagram.prunedNote?.hasPrefix("showing 5 of 8 documents within 1 steps (nearest, then most cited, then most recent)") == true)
    }

    @Test("Lineage of 1325 (2000) both ways: its five sources on the left, the resolutions building on it on the right")
    func lineageBothWays() throws {
        let diagram = try LineageView(symbol: Self.resolution(1325, 2000), depth: 1).diagram(of: Self.graph)
        let sources: Set = ["S/RES/1208 (1998)", "S/RES/1261 (1999)", "S/RES/1265 (1999)", "S/RES/1296 (2000)", "S/RES/1314 (2000)"]
        #expect(Self.ids(diagram) == sources.union(Self.wpsResolutions))
        #expect(diagram.caption == "Lineage of S/RES/1325 (2000): what it builds on and what builds on it")
        #expect(throws: DiagramError.unknownDocument("S/RES/9999 (2030)")) {
            try LineageView(symbol: Self.resolution(9999, 2030)).diagram(of: Self.graph)
        }
    }

    @Test("Agenda map of women, peace and security: the theme's resolutions boxed together, 1325 (2000) its founder")
    func agenda() throws {
        let diagram = try AgendaView(origin: .theme("women, peace and security")).diagram(of: Self.graph)
        #expect(Self.ids(diagram).isSuperset(of: Self.wpsResolutions))
        let theme = "cited under “women, peace and security”"
        let boxed = Set(diagram.nodes.filter { $0.cluster == theme }.map(\.id))
        #expect(boxed == Self.wpsResolutions.subtracting(["S/RES/2493 (2019)", "S/RES/2538 (2020)"]))
        #expect(diagram.nodes.filter(\.isFocus).map(\.id) == ["S/RES/1325 (2000)"])
        // Boxes and bundles do not mix (Graphviz 2.42 crashes on concentrate with clusters).
        var bundled = diagram
        bundled.bundlesCitations = true
        #expect(try bundled.encoded().attributes["concentrate"] == nil)
        let trace = try Agenda(.theme("women, peace and security")).trace(in: Self.graph)
        #expect(diagram.nodes.count == trace.members.count)
        #expect(throws: DiagramError.unknownTheme("climate and security")) {
            try AgendaView(origin: .theme("climate and security")).diagram(of: Self.graph)
        }
    }

    @Test("Most cited: 1325 (2000), 1820 (2008) and 1888 (2009), 1325 drawn largest")
    func top() throws {
        let diagram = try TopView(count: 3).diagram(of: Self.graph)
        #expect(diagram.nodes.map(\.id) == ["S/RES/1325 (2000)", "S/RES/1820 (2008)", "S/RES/1888 (2009)"])
        #expect(diagram.nodes.map(\.score) == [10, 8, 7])
        #expect(diagram.prunedNote?.hasPrefix("showing 3 of 32 documents: the top by citing documents") == true)
        let encoded = try diagram.encoded()
        let fontSizes = encoded.nodes.filter { $0.name.hasPrefix("S/") }.map { Double($0.attributes["fontsize"]?.string ?? "") ?? 0 }
        #expect(fontSizes.first == fontSizes.max())
        // 1888 cites 1820 cites 1325: the arrow 1888 → 1325 is implied.
        #expect(Set(diagram.edges.map { "\($0.from) → \($0.to)" })
            == ["S/RES/1820 (2008) → S/RES/1325 (2000)", "S/RES/1888 (2009) → S/RES/1820 (2008)"])
    }

    @Test("Whole corpus: every document when small, the top by PageRank with a note when pruned, citations reduced")
    func corpus() throws {
        let whole = try CorpusView().diagram(of: Self.graph)
        #expect(whole.nodes.count == 32)
        // The 83 cited pairs reduce to 31, as networkx.transitive_reduction finds on the same graph.
        #expect(whole.edges.count == 31)
        #expect(whole.prunedNote == "transitive reduction: 52 of 83 citations implied by others not drawn")
        #expect(whole.layout.engine == .dot)
        #expect(try whole.encoded().attributes["concentrate"] == "true")
        let pruned = try CorpusView(maximumDocuments: 5).diagram(of: Self.graph)
        #expect(pruned.nodes.count == 5)
        #expect(Self.ids(pruned).contains("S/RES/1325 (2000)"))
        #expect(pruned.prunedNote?.hasPrefix("showing 5 of 32 documents: the top by PageRank; transitive reduction:") == true)
    }

    static let views: [(String, any DiagramView)] = [
        ("lineage", LineageView(symbol: resolution(1325, 2000))),
        ("neighbourhood", NeighbourhoodView(symbol: resolution(1888, 2009))),
        ("agenda", AgendaView(origin: .founder(resolution(1325, 2000)))),
        ("top", TopView(count: 12, score: .pageRank)),
        ("corpus", CorpusView()),
    ]

    @Test("Each view's SVG is valid XML with one linked, tooltipped node per document; DOT re-parses; output repeats byte for byte",
          arguments: 0..<5)
    func rendered(view index: Int) throws {
        let (name, view) = Self.views[index]
        let diagram = try view.diagram(of: Self.graph)
        let formats = try diagram.render(to: [.svg, .dot])
        let svg = try SVGTree(formats[0])
        let groups = svg.nodesByTitle
        for node in diagram.nodes {
            let matches = try #require(groups[node.id], "\(name): no node for \(node.id)")
            #expect(matches.count == 1)
            let link = try #require(matches[0].firstLink, "\(name): \(node.id) has no link")
            #expect(link.value(of: "xlink:href")?.hasPrefix("https://undocs.org/S/") == true)
            #expect(link.value(of: "xlink:title")?.hasPrefix(node.id) == true)
        }
        #expect(groups.keys.filter { $0.hasPrefix("S/") }.count == diagram.nodes.count)
        let reparsed = try Graphviz.parse(dot: String(decoding: formats[1], as: UTF8.self))
        #expect(Set(reparsed.nodes.map(\.name)).isSuperset(of: diagram.nodes.map(\.id)))
        let again = try view.diagram(of: Self.graph).render(to: [.svg, .dot])
        #expect(again == formats, "\(name) differs between runs")
    }
}

@Suite("Views stay fast when asked for more")
struct LargeViewTests {
    @Test("A time-ordered view raised above 150 documents is drawn by sfdp, without the year axis")
    func largeLimitSwitchesEngine() throws {
        #expect(DiagramLayout.timeOrdered(nodeCount: 150).engine == .dot)
        #expect(DiagramLayout.timeOrdered(nodeCount: 151).engine == .sfdp)
        let diagram = try TopView(count: 30).diagram(of: DiagramViewTests.graph)
        #expect(diagram.layout == .timeOrdered(nodeCount: 30))
    }
}
