import CitegraphGraph
import Testing
@testable import CitegraphAnalysis

/// Every score equals NetworkX 3.6.1's on the women, peace and security graph, within 1e-9.
@Suite struct NetworkXAgreementTests {
    let graph: CitationGraph
    let expected: NetworkXExpected

    init() throws {
        graph = try Fixture.graph()
        expected = try NetworkXExpected.load()
    }

    @Test func fixtureIsTheRealGraph() {
        #expect(expected.networkx == "3.6.1")
        #expect(graph.nodeCount == 32)
        #expect(graph.digraph.edgeCount == 83)
    }

    @Test func inDegree() throws {
        #expect(maxAbsoluteDifference(InDegree().scores(in: graph), try expected.values("indegree", in: graph)) <= 1e-9)
        let reaffirms = InDegree(relations: [.reaffirms]).scores(in: graph)
        #expect(maxAbsoluteDifference(reaffirms, try expected.values("indegree[reaffirms]", in: graph)) <= 1e-9)
    }

    @Test func pageRank() throws {
        let scores = try PageRank().scores(in: graph)
        #expect(maxAbsoluteDifference(scores, try expected.values("pagerank", in: graph)) <= 1e-9)
        let reverse = try PageRank().scores(in: graph, reverse: true)
        #expect(maxAbsoluteDifference(reverse, try expected.values("reverse-pagerank", in: graph)) <= 1e-9)
        let reaffirms = try PageRank().scores(in: graph.digraph(relations: [.reaffirms]))
        #expect(maxAbsoluteDifference(reaffirms, try expected.values("pagerank[reaffirms]", in: graph)) <= 1e-9)
    }

    @Test func personalisedPageRank() throws {
        // Teleporting only to 1325 (2000): NetworkX's `pagerank(G, personalization={"S/RES/1325 (2000)": 1})`,
        // whose dangling documents also jump back to 1325 (2000).
        let founder = try #require(graph.index(of: Fixture.symbol("S/RES/1325 (2000)")))
        let personalised = try PageRank(personalization: [founder: 1]).scores(in: graph.digraph)
        #expect(maxAbsoluteDifference(personalised, try expected.values("pagerank[personalized S/RES/1325 (2000)]", in: graph)) <= 1e-9)
    }

    @Test func hubsAndAuthorities() throws {
        let scores = try HITS().scores(in: graph.digraph)
        #expect(maxAbsoluteDifference(scores.authorities, try expected.values("hits-authorities", in: graph)) <= 1e-9)
        #expect(maxAbsoluteDifference(scores.hubs, try expected.values("hits-hubs", in: graph)) <= 1e-9)
    }

    @Test func betweenness() throws {
        let exact = Betweenness().exact(in: graph.digraph)
        #expect(maxAbsoluteDifference(exact, try expected.values("betweenness", in: graph)) <= 1e-9)
        let sources = try expected.sampled_betweenness.sources.map { try #require(graph.index(of: Fixture.symbol($0))) }
        let sampled = try Betweenness().sampled(in: graph.digraph, sources: sources)
        #expect(maxAbsoluteDifference(sampled, try expected.values("betweenness-k8-seed2000", in: graph)) <= 1e-9)
    }

    @Test func seededSampleIsTheOneTheFixtureUsed() throws {
        var generator = SeededGenerator(seed: 2000)
        let drawn = generator.sample(expected.sampled_betweenness.k, from: graph.nodeCount).map { graph.node($0).symbol.canonical }
        #expect(drawn.sorted() == expected.sampled_betweenness.sources)
    }
}
