import Foundation
import Testing

/// `rank`, `lineage`, `agenda`, `pairs`, `communities`, `timeline` and `export` run as a script would on
/// the women, peace and security graph fixture (citations read from the UN's Akoma Ntoso resolutions).
@Suite struct GraphCommandsTests {
    let graph = CitegraphProcess.fixtures.appendingPathComponent("graph/wps-graph.json").path

    func lines(_ arguments: [String]) throws -> [[String]] {
        let result = try CitegraphProcess.run(arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return result.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func rankPrintsAHeaderThenTheMostCited() throws {
        let rows = try lines(["rank", graph, "--top", "3"])
        #expect(rows[0] == ["symbol", "score", "occurrences", "year", "kind"])
        // 1325 (2000) is cited by 10 of the fixture's documents, 43 times in all; 1820 (2008) by 8, 18 times.
        #expect(rows[1].prefix(3) == ["S/RES/1325 (2000)", "10", "43"])
        #expect(rows[2].prefix(3) == ["S/RES/1820 (2008)", "8", "18"])
        #expect(rows.count == 4)
    }

    @Test func personalisedPageRankStaysNearItsOrigin() throws {
        let rows = try lines(["rank", graph, "--by", "pagerank", "--personalize", "S/RES/1325 (2000)", "--top", "2"])
        #expect(rows[1][0] == "S/RES/1325 (2000)")
        // 1325 (2000) recalls 1208 (1998), among others: the walk that restarts at 1325 reaches it next.
        #expect(["S/RES/1208 (1998)", "S/RES/1261 (1999)"].contains(rows[2][0]))
        let refused = try CitegraphProcess.run(["rank", graph, "--by", "hits", "--personalize", "S/RES/1325 (2000)"])
        #expect(refused.status == 64)  // a usage error
        #expect(refused.stderr.contains("--personalize applies to --by pagerank"))
    }

    @Test func lineageFollowsCitationsBackAndGivesTheMainPath() throws {
        let rows = try lines(["lineage", graph, "S/RES/2467 (2019)", "--main-path"])
        #expect(rows[0] == ["depth", "symbol", "via", "year", "kind", "title"])
        #expect(rows.contains { $0.prefix(2) == ["1", "S/RES/2106 (2013)"] })
        let mainPath = try #require(rows.last?.first)
        #expect(mainPath.hasPrefix("# main path: "))
        #expect(mainPath.contains("S/RES/1325 (2000) → S/RES/1820 (2008) → S/RES/1888 (2009)"))
        #expect(mainPath.hasSuffix("S/RES/2467 (2019)"))
    }

    @Test func anUnknownSymbolIsNamed() throws {
        let result = try CitegraphProcess.run(["lineage", graph, "S/RES/9999 (2030)"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("the graph holds no document S/RES/9999 (2030)"))
        #expect(result.stdout.isEmpty)
        let missing = try CitegraphProcess.run(["rank", "/nonexistent/graph.json"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/nonexistent/graph.json: no such file"))
    }

    @Test func agendaOfTheThemeStartsAt1325() throws {
        let rows = try lines(["agenda", graph, "women, peace and security"])
        #expect(rows[0] == ["year", "symbol", "role", "cites", "title"])
        #expect(rows[1].prefix(3) == ["2000", "S/RES/1325 (2000)", "founder"])
        let core = rows.filter { $0.count > 2 && $0[2] == "core" }.map { $0[1] }
        for resolution in ["S/RES/1820 (2008)", "S/RES/1888 (2009)", "S/RES/1889 (2009)", "S/RES/1960 (2010)", "S/RES/2106 (2013)", "S/RES/2122 (2013)", "S/RES/2242 (2015)"] {
            #expect(core.contains(resolution))
        }
    }

    @Test func pairsCountDocumentsCitingBoth() throws {
        let rows = try lines(["pairs", graph, "--top", "1"])
        #expect(rows == [["first", "second", "count", "first_year", "second_year"], ["S/RES/1325 (2000)", "S/RES/1820 (2008)", "8", "2000", "2008"]])
        let coupled = try lines(["pairs", graph, "--by", "coupling", "--with", "S/RES/2467 (2019)", "--top", "3"])
        #expect(coupled.dropFirst().allSatisfy { $0[0] == "S/RES/2467 (2019)" })
    }

    @Test func communitiesAndTimeline() throws {
        let communities = try lines(["communities", graph])
        #expect(communities[0] == ["community", "size", "first_year", "last_year", "leading"])
        #expect(communities[1].prefix(2) == ["1", "32"])
        let timeline = try lines(["timeline", graph])
        #expect(timeline[0] == ["year", "citing_documents", "cited_pairs", "occurrences"])
        // 1325 (2000) is the only citing document of 2000: 5 documents cited, 6 times.
        #expect(timeline[1] == ["2000", "1", "5", "6"])
    }

    @Test func exportGEXFCarriesEveryNodeWithItsYear() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-\(UUID().uuidString).gexf")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try CitegraphProcess.run(["export", graph, "--format", "gexf", "-o", output.path])
        #expect(result.status == 0)
        let text = try String(contentsOf: output, encoding: .utf8)
        #expect(text.components(separatedBy: "<node ").count - 1 == 32)
        #expect(text.contains(#"<node id="S/RES/1325 (2000)" label="1325 (2000)" start="2000-10-31""#))
    }
}
