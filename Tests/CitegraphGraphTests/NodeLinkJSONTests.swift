import CitegraphDocuments
import Foundation
import Testing
@testable import CitegraphGraph

@Suite struct NodeLinkJSONTests {
    /// The committed graph fixture is what the builder writes for the fixture citations; rerun with
    /// `CITEGRAPH_REGENERATE_FIXTURES=1` after a deliberate format change.
    @Test func writesTheCommittedFixtureByteForByte() throws {
        let written = try Fixture.graph().nodeLinkJSON(prettyPrinted: true)
        let url = Fixture.directory.appendingPathComponent("wps-graph.json")
        if ProcessInfo.processInfo.environment["CITEGRAPH_REGENERATE_FIXTURES"] == "1" { try written.write(to: url) }
        #expect(written == (try Data(contentsOf: url)))
    }

    @Test func roundTripsEverything() throws {
        let graph = try Fixture.graph()
        let read = try CitationGraph(nodeLinkJSON: graph.nodeLinkJSON(), source: "fixture")
        #expect(read.nodes == graph.nodes)
        #expect(read.edges == graph.edges)
        #expect(read.digraph == graph.digraph)
        #expect((0..<read.edgeCount).allSatisfy { read.provenance(ofEdgeAt: $0) == graph.provenance(ofEdgeAt: $0) })
        #expect(try read.nodeLinkJSON() == graph.nodeLinkJSON())
    }

    @Test func readsNetworkXLinksWithoutCitegraphAttributes() throws {
        let json = #"""
            {"directed": true, "multigraph": false, "graph": {}, "nodes": [{"id": "S/RES/1820 (2008)"}, {"id": "S/RES/1325(2000)"}],
             "links": [{"source": "S/RES/1820 (2008)", "target": "S/RES/1325(2000)", "weight": 1}]}
            """#
        let graph = try CitationGraph(nodeLinkJSON: Data(json.utf8))
        #expect(graph.nodes.map(\.symbol.canonical) == ["S/RES/1325 (2000)", "S/RES/1820 (2008)"])
        #expect(graph.edges == [CitationEdge(source: 1, target: 0, relation: .cites, count: 1)])
    }

    @Test(arguments: [
        ("", "empty input"),
        ("{\"directed\": true, \"multigraph\": false, \"nodes\": [{\"id\": \"S/RES/1325 (2000)\"}", "malformed JSON"),
        ("{\"directed\": false, \"multigraph\": false, \"nodes\": []}", "undirected"),
        ("{\"directed\": true, \"multigraph\": false, \"nodes\": [{\"id\": 7}]}", "wrong type"),
    ])
    func badInputIsAnErrorNamingTheSource(json: String, reason: String) throws {
        let error = try #require(throws: GraphError.self) { try CitationGraph(nodeLinkJSON: Data(json.utf8), source: "bad.json") }
        #expect(error.description.hasPrefix("bad.json: "))
        #expect(error.description.contains(reason))
    }

    @Test func invalidUTF8AndUnknownNodesAreErrors() throws {
        #expect(throws: GraphError.self) { try CitationGraph(nodeLinkJSON: Data([0x7B, 0xFF, 0xFE, 0x7D]), source: "binary") }
        let dangling = #"{"directed": true, "multigraph": true, "nodes": [{"id": "S/RES/1325 (2000)"}], "edges": [{"source": "S/RES/1325 (2000)", "target": "S/RES/9999 (2030)"}]}"#
        #expect(throws: GraphError.unknownNode(source: "x", symbol: "S/RES/9999 (2030)")) {
            try CitationGraph(nodeLinkJSON: Data(dangling.utf8), source: "x")
        }
    }
}
