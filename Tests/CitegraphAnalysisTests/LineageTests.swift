import Foundation
import CitegraphDocuments
import CitegraphGraph
import Testing
@testable import CitegraphAnalysis

@Suite struct LineageTests {
    let graph: CitationGraph
    init() throws { graph = try Fixture.graph() }

    func symbols(_ nodes: some Sequence<Int32>) -> [String] { nodes.map { graph.node($0).symbol.canonical } }

    @Test func ancestorsToADepth() throws {
        let start = try #require(graph.index(of: Fixture.symbol("S/RES/2493 (2019)")))
        let direct = Lineage(direction: .ancestors, depth: 1).members(of: start, in: graph)
        #expect(symbols(direct.members.map(\.node)) == [
            "S/RES/1325 (2000)", "S/RES/1645 (2005)", "S/RES/1820 (2008)", "S/RES/1888 (2009)", "S/RES/1889 (2009)",
            "S/RES/1960 (2010)", "S/RES/2106 (2013)", "S/RES/2122 (2013)", "S/RES/2242 (2015)", "S/RES/2467 (2019)",
        ])
        let all = Lineage(direction: .ancestors).members(of: start, in: graph)
        #expect(all.members.count == 29)
        #expect(all.members.map(\.depth).max() == 2)
        #expect(all.forwardInTime.isEmpty)
    }

    @Test func descendantsOfResolution1325HoldTheWomenPeaceAndSecurityResolutions() throws {
        let start = try #require(graph.index(of: Fixture.symbol("S/RES/1325 (2000)")))
        let result = Lineage(direction: .descendants).members(of: start, in: graph)
        #expect(symbols(result.members.map(\.node)).sorted() == [
            "S/RES/1820 (2008)", "S/RES/1888 (2009)", "S/RES/1889 (2009)", "S/RES/1960 (2010)", "S/RES/2106 (2013)",
            "S/RES/2122 (2013)", "S/RES/2242 (2015)", "S/RES/2467 (2019)", "S/RES/2493 (2019)", "S/RES/2538 (2020)",
        ])
        #expect(result.members.allSatisfy { $0.depth == 1 })
    }

    @Test func relationFilterAndForwardInTimeEdges() throws {
        let start = try #require(graph.index(of: Fixture.symbol("S/RES/1888 (2009)")))
        let welcomed = Lineage(direction: .ancestors, relations: [.welcomes]).members(of: start, in: graph)
        #expect(symbols(welcomed.members.map(\.node)) == ["S/RES/1325 (2000)", "S/RES/1820 (2008)"])

        // A misread citation from 1325 (2000) to 2493 (2019) goes forward in time: flagged, not followed.
        var corpus = try Fixture.graph().nodeLinkJSON()
        let text = String(decoding: corpus, as: UTF8.self).replacingOccurrences(
            of: #""edges":["#,
            with: #""edges":[{"source":"S/RES/1325 (2000)","target":"S/RES/2493 (2019)","relation":"recalls","count":1},"#)
        corpus = Data(text.utf8)
        let misread = try CitationGraph(nodeLinkJSON: corpus, source: "misread")
        let from1325 = try #require(misread.index(of: Fixture.symbol("S/RES/1325 (2000)")))
        let to2493 = try #require(misread.index(of: Fixture.symbol("S/RES/2493 (2019)")))
        let result = Lineage(direction: .ancestors).members(of: from1325, in: misread)
        #expect(result.forwardInTime == [Lineage.Link(citing: from1325, cited: to2493)])
        #expect(!result.members.contains { $0.node == to2493 })
        #expect(Lineage(direction: .ancestors, respectsTime: false).members(of: from1325, in: misread).members.contains { $0.node == to2493 })
    }
}
