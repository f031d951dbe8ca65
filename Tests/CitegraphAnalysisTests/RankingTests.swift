import CitegraphDocuments
import CitegraphGraph
import Testing
@testable import CitegraphAnalysis

@Suite struct RankingTests {
    @Test func mostCitedOfTheWomenPeaceAndSecurityResolutions() throws {
        let graph = try Fixture.graph()
        let top = InDegree().mostCited(in: graph, top: 3).map { "\($0.symbol) \(Int($0.score))" }
        // 1325 (2000) is cited by all nine later resolutions of the chain and by 2538 (2020).
        #expect(top == ["S/RES/1325 (2000) 10", "S/RES/1820 (2008) 8", "S/RES/1888 (2009) 7"])
        let occurrences = InDegree().occurrences(in: graph)
        #expect(occurrences[Int(try #require(graph.index(of: Fixture.symbol("S/RES/1325 (2000)"))))] == 43)
    }

    @Test func filtersByKindRelationAndCitingYears() throws {
        let graph = try Fixture.graph()
        let statements = InDegree().mostCited(in: graph, kinds: [.presidentialStatement], top: 1)
        // S/PRST/2007/40 is cited by 1820 (2008) and 1889 (2009).
        #expect(statements.map(\.symbol.canonical) == ["S/PRST/2007/40"])
        #expect(statements.first?.score == 2)
        // Citations made in 2013–2015: 2106, 2122 and 2242 all cite 1325 (2000).
        let window = InDegree(citingYears: 2013...2015)
        #expect(window.mostCited(in: graph, top: 1).map { "\($0.symbol) \(Int($0.score))" } == ["S/RES/1325 (2000) 3"])
        // Six resolutions welcome 1325 (2000); 1820 (2008) and 1888 (2009) are welcomed once each,
        // and ties go in symbol order.
        let welcomed = InDegree(relations: [.welcomes]).mostCited(in: graph, top: 3)
        #expect(welcomed.map { "\($0.symbol) \(Int($0.score))" } == ["S/RES/1325 (2000) 6", "S/RES/1820 (2008) 1", "S/RES/1888 (2009) 1"])
    }

    @Test func pageRankRejectsBadParametersAndReportsNonConvergence() throws {
        let graph = try Fixture.graph()
        #expect(throws: AnalysisError.self) { try PageRank(damping: 1.5).scores(in: graph) }
        #expect(throws: AnalysisError.notConverged(method: "PageRank", iterations: 1)) {
            try PageRank(tolerance: 1e-12, maxIterations: 1).scores(in: graph)
        }
        let founder = try #require(graph.index(of: Fixture.symbol("S/RES/2493 (2019)")))
        let personalised = try PageRank(personalization: [founder: 1]).scores(in: graph)
        // Teleporting only to 2493 (2019): 2538 (2020), which 2493 cannot reach, gets nothing.
        let unrelated = try #require(graph.index(of: Fixture.symbol("S/RES/2538 (2020)")))
        #expect(personalised[Int(unrelated)] == 0)
        #expect(abs(personalised.reduce(0, +) - 1) < 1e-12)
    }
}
