import CitegraphDocuments
import CitegraphGraph
import Testing
@testable import CitegraphAnalysis

/// Main path, co-citation, coupling, communities and citations per year on the WPS graph; expected
/// values were computed independently in Python from the same fixture.
@Suite struct StructureTests {
    let graph: CitationGraph
    init() throws { graph = try Fixture.graph() }

    func symbol(_ node: Int32) -> String { graph.node(node).symbol.canonical }

    @Test func mainPathThroughTheLineageOf2493() throws {
        let start = try #require(graph.index(of: Fixture.symbol("S/RES/2493 (2019)")))
        let lineage = Lineage(direction: .ancestors).members(of: start, in: graph).members.map(\.node) + [start]
        let result = MainPath().analyse(lineage, in: graph)
        #expect(result.path.map(symbol) == [
            "S/RES/1208 (1998)", "S/RES/1325 (2000)", "S/RES/1820 (2008)", "S/RES/1888 (2009)", "S/RES/1889 (2009)",
            "S/RES/1960 (2010)", "S/RES/2106 (2013)", "S/RES/2122 (2013)", "S/RES/2242 (2015)", "S/RES/2467 (2019)",
            "S/RES/2493 (2019)",
        ])
        let best = try #require(result.links.first)
        #expect(symbol(best.cited) == "S/RES/2467 (2019)" && symbol(best.citing) == "S/RES/2493 (2019)" && best.count == 1444)
        #expect(result.links[1].count == 896)
    }

    @Test func coCitationAndCoupling() {
        let cocited = CoCitation().topPairs(in: graph.digraph, top: 2)
        #expect(cocited.map { "\(symbol($0.first)) + \(symbol($0.second)): \($0.count)" } == [
            "S/RES/1325 (2000) + S/RES/1820 (2008): 8", "S/RES/1325 (2000) + S/RES/1888 (2009): 7",
        ])
        let coupled = BibliographicCoupling().topPairs(in: graph.digraph, top: 3)
        #expect(coupled.map { "\(symbol($0.first)) + \(symbol($0.second)): \($0.count)" } == [
            "S/RES/1960 (2010) + S/RES/2106 (2013): 8", "S/RES/2467 (2019) + S/RES/2493 (2019): 8",
            "S/RES/2242 (2015) + S/RES/2467 (2019): 7",
        ])
    }

    @Test func pairsHoldingADocumentAreThoseOfTheWholeList() throws {
        // Counted from the anchor's neighbours only, they are exactly the full list's pairs holding it.
        let allCocited = CoCitation().topPairs(in: graph.digraph)
        let allCoupled = BibliographicCoupling().topPairs(in: graph.digraph)
        for anchor in (0..<graph.nodeCount).map(Int32.init) {
            #expect(CoCitation().topPairs(in: graph.digraph, involving: anchor) == allCocited.filter { $0.first == anchor || $0.second == anchor })
            #expect(BibliographicCoupling().topPairs(in: graph.digraph, involving: anchor) == allCoupled.filter { $0.first == anchor || $0.second == anchor })
        }
        let s1325 = try #require(graph.index(of: Fixture.symbol("S/RES/1325 (2000)")))
        #expect(CoCitation().topPairs(in: graph.digraph, involving: s1325, top: 1).map { symbol($0.second) } == ["S/RES/1820 (2008)"])
    }

    @Test func communitiesAreDeterministicAndNeverSpanComponents() throws {
        let first = LabelPropagation(seed: 7).communities(in: graph.digraph)
        #expect(first == LabelPropagation(seed: 7).communities(in: graph.digraph))
        #expect(first.count == graph.nodeCount)
        let s1820 = try #require(graph.index(of: Fixture.symbol("S/RES/1820 (2008)")))
        let s1888 = try #require(graph.index(of: Fixture.symbol("S/RES/1888 (2009)")))
        #expect(first[Int(s1820)] == first[Int(s1888)])

        // "Recalls" citations split the graph: 1325 (2000) recalls four earlier resolutions, 2538 (2020)
        // recalls 2242 (2015), every other document is alone. A community never spans two components.
        let recalls = graph.digraph(relations: [.recalls])
        let labels = LabelPropagation(seed: 7).communities(in: recalls)
        var component = Array(0..<graph.nodeCount)
        func root(_ node: Int) -> Int { component[node] == node ? node : root(component[node]) }
        for source in 0..<graph.nodeCount {
            for target in recalls.successors(of: Int32(source)) { component[root(Int(target))] = root(source) }
        }
        for a in 0..<graph.nodeCount {
            for b in 0..<graph.nodeCount where labels[a] == labels[b] { #expect(root(a) == root(b)) }
        }
        let s1325 = try #require(graph.index(of: Fixture.symbol("S/RES/1325 (2000)")))
        let s1261 = try #require(graph.index(of: Fixture.symbol("S/RES/1261 (1999)")))
        #expect(labels[Int(s1325)] == labels[Int(s1261)])
        #expect(Set(labels).count == graph.nodeCount - 5)
    }

    @Test func citationsPerYear() {
        let result = CitationsPerYear().count(in: graph)
        #expect(result.years.map { [$0.year, $0.citingDocuments, $0.citedPairs, $0.occurrences] } == [
            [2000, 1, 5, 6], [2008, 1, 10, 10], [2009, 2, 12, 28], [2010, 1, 8, 20], [2013, 2, 20, 36], [2015, 1, 7, 15],
            [2019, 2, 18, 36], [2020, 1, 3, 8],
        ])
        #expect(result.undatedCitingDocuments == 0)
    }
}
