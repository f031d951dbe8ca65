import CitegraphGraph
import Foundation
import Testing
@testable import CitegraphAnalysis

/// Analyses of an empty graph, and of documents that cite nothing, give empty or defined answers.
@Suite struct EmptyGraphTests {
    @Test func emptyGraph() throws {
        let graph = try CitationGraph(nodeLinkJSON: Data(#"{"directed": true, "multigraph": true, "nodes": [], "edges": []}"#.utf8))
        #expect(try PageRank().scores(in: graph).isEmpty)
        #expect(try HITS().scores(in: graph.digraph) == HITS.Scores(hubs: [], authorities: []))
        #expect(Betweenness().exact(in: graph.digraph).isEmpty)
        #expect(InDegree().mostCited(in: graph).isEmpty)
        #expect(CoCitation().topPairs(in: graph.digraph).isEmpty)
        #expect(LabelPropagation().communities(in: graph.digraph).isEmpty)
        #expect(CitationsPerYear().count(in: graph).years.isEmpty)
        #expect(MainPath().analyse([], in: graph).path.isEmpty)
        #expect(throws: AnalysisError.unknownTheme("women, peace and security")) {
            try Agenda(.theme("women, peace and security")).trace(in: graph)
        }
    }

    @Test func documentsCitingNothing() throws {
        // Two resolutions of the fixture and no citation between them: PageRank is uniform (all
        // dangling), HITS has no direction (NaN; NetworkX raises an ARPACK error), betweenness is zero.
        let json = #"{"directed": true, "multigraph": true, "nodes": [{"id": "S/RES/1325 (2000)"}, {"id": "S/RES/1820 (2008)"}], "edges": []}"#
        let graph = try CitationGraph(nodeLinkJSON: Data(json.utf8))
        #expect(try PageRank().scores(in: graph) == [0.5, 0.5])
        #expect(try HITS().scores(in: graph.digraph).authorities.allSatisfy(\.isNaN))
        #expect(Betweenness().exact(in: graph.digraph) == [0, 0])
        let start = try #require(graph.index(of: Fixture.symbol("S/RES/1820 (2008)")))
        #expect(Lineage(direction: .ancestors).members(of: start, in: graph).members.isEmpty)
    }
}
