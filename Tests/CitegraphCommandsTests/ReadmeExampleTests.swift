import CitegraphAnalysis
import CitegraphCitations
import CitegraphDocuments
import CitegraphGraph
import Foundation
import Testing

/// The README's library snippet, run as written on the test fixtures (UN documents).
@Suite struct ReadmeExampleTests {
    @Test func theSnippetRunsOnRealDocuments() throws {
        let folder = CitegraphProcess.fixtures.appendingPathComponent("akn").path
        let corpus = CorpusReader(paths: [folder]).read()
        #expect(corpus.failures.isEmpty)
        let citations = corpus.documents.flatMap { CitationExtractor().citations(in: $0) }
        let graph = CitationGraph(documents: corpus.documents, citations: citations)

        let mostCited = InDegree().scores(in: graph)
        let pageRank = try PageRank(damping: 0.85).scores(in: graph.digraph)
        #expect(mostCited.count == graph.nodeCount && pageRank.count == graph.nodeCount)
        #expect(abs(pageRank.reduce(0, +) - 1) < 1e-9)
        // The snippet prints the three most cited: 1325 (2000), cited by the five renewals, leads.
        let leaders = Ranking.rank(mostCited, in: graph, limit: 3)
        #expect(leaders.count == 3)
        #expect(leaders.first?.symbol.canonical == "S/RES/1325 (2000)")
        #expect(leaders.first?.score == 5)
        #expect(leaders.map(\.score) == leaders.map(\.score).sorted(by: >))
        let symbol = try #require(DocumentSymbol(parsing: "S/RES/1325 (2000)"))
        let wps = try #require(graph.index(of: symbol))
        let descendants = Lineage(direction: .descendants).members(of: wps, in: graph)
        // Five of the fixture resolutions (mandate renewals of 2020–2022) cite 1325 (2000).
        #expect(descendants.members.map { graph.node($0.node).symbol.canonical }.sorted() == [
            "S/RES/2506 (2020)", "S/RES/2514 (2020)", "S/RES/2531 (2020)", "S/RES/2567 (2021)", "S/RES/2640 (2022)",
        ])
        // 1325 (2000) is among the most cited of them (five citing documents).
        #expect(mostCited[Int(wps)] == 5)
        // One node per document: the English and French S/RES/2506 (2020) files are two language versions of it.
        let cyprusSymbol = try #require(DocumentSymbol(parsing: "S/RES/2506 (2020)"))
        let cyprus = try #require(graph.index(of: cyprusSymbol))
        #expect(graph.node(cyprus).languages == [.english, .french])
        #expect(graph.node(cyprus).files.map { URL(fileURLWithPath: $0).lastPathComponent } == ["S_RES_2506_2020_E.xml", "S_RES_2506_2020_F.xml"])
        let json = try graph.nodeLinkJSON(prettyPrinted: true)
        #expect(try CitationGraph(nodeLinkJSON: json, source: "readme").nodeCount == graph.nodeCount)
    }
}
