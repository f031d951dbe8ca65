import CitegraphDocuments
import CitegraphGraph
import Testing
@testable import CitegraphAnalysis

@Suite struct AgendaTests {
    let graph: CitationGraph
    init() throws { graph = try Fixture.graph() }

    func symbols(_ nodes: some Sequence<Int32>) -> [String] { nodes.map { graph.node($0).symbol.canonical } }

    static let wpsCore = [
        "S/RES/1325 (2000)", "S/RES/1820 (2008)", "S/RES/1888 (2009)", "S/RES/1889 (2009)", "S/RES/1960 (2010)",
        "S/RES/2106 (2013)", "S/RES/2122 (2013)", "S/RES/2242 (2015)", "S/RES/2467 (2019)",
    ]

    @Test func fromTheTheme() throws {
        let result = try Agenda(.theme("Women, peace and  security")).trace(in: graph)
        #expect(symbols(result.founders) == ["S/RES/1325 (2000)"])
        #expect(symbols(result.members.filter(\.isCore).map(\.node)) == Self.wpsCore)
        // 2493 (2019) and 2538 (2020) cite the theme's resolutions without being cited under it.
        #expect(symbols(result.members.filter { !$0.isCore }.map(\.node)) == ["S/RES/2493 (2019)", "S/RES/2538 (2020)"])
        #expect(result.years.map(\.year) == [2000, 2008, 2009, 2010, 2013, 2015, 2019, 2020])
        #expect(symbols(result.years.first { $0.year == 2009 }?.members ?? []) == ["S/RES/1888 (2009)", "S/RES/1889 (2009)"])
    }

    @Test func fromTheFoundingResolution() throws {
        let result = try Agenda(.founder(Fixture.symbol("S/RES/1325 (2000)"))).trace(in: graph)
        #expect(symbols(result.founders) == ["S/RES/1325 (2000)"])
        #expect(symbols(result.members.filter(\.isCore).map(\.node)) == Self.wpsCore)
        #expect(result.members.count == 11)
        let member2538 = try #require(result.members.first { graph.node($0.node).symbol.canonical == "S/RES/2538 (2020)" })
        #expect(symbols(member2538.citesCore) == ["S/RES/1325 (2000)", "S/RES/2242 (2015)"])
    }

    @Test func fromTheFoundingResolutionUnderAnotherTheme() throws {
        // No document of the fixture is cited under this theme: the core is 1325 (2000) alone, and the
        // members are the ten resolutions citing it directly.
        let result = try Agenda(.founder(Fixture.symbol("S/RES/1325 (2000)")), theme: "protection of civilians in armed conflict").trace(in: graph)
        #expect(symbols(result.members.filter(\.isCore).map(\.node)) == ["S/RES/1325 (2000)"])
        #expect(result.members.count == 11)
        #expect(result.members.filter { !$0.isCore }.allSatisfy { symbols($0.citesCore) == ["S/RES/1325 (2000)"] })
    }

    @Test func documentsMostlyCitedUnderAnotherThemeAreNotFounders() throws {
        // S/RES/1836 (2008), Liberia, PP12: "recalling its resolutions 1674 (2006) and 1612 (2005), as well
        // as resolutions 1325 (2000) and 1820 (2008) on women, peace and security" — the whole list comes
        // out under the theme, so 1612 (children and armed conflict, cited so 113 times in the corpus)
        // and 1674 (protection of civilians, 145 times) are core documents citing no core document.
        // The texts cite 1325 under the theme 157 times: it alone founds the agenda.
        let liberia = try CitationGraph(contentsOfNodeLink: Fixture.directory.appendingPathComponent("liberia-1836-graph.json"))
        let names = { (nodes: [Int32]) in nodes.map { liberia.node($0).symbol.canonical } }
        let result = try Agenda(.theme("women, peace and security")).trace(in: liberia)
        #expect(names(result.members.filter(\.isCore).map(\.node))
            == ["S/RES/1325 (2000)", "S/RES/1612 (2005)", "S/RES/1674 (2006)", "S/RES/1820 (2008)"])
        #expect(names(result.founders) == ["S/RES/1325 (2000)"])
        // Under their own themes they found their agendas (1612 cites 1261 (1999), not in this excerpt).
        #expect(names(try Agenda(.theme("children and armed conflict")).trace(in: liberia).founders) == ["S/RES/1612 (2005)"])
        // Under protection of civilians, 1325, 1612 and 1820 are core too (cited so twice each), but only
        // 1674 is mostly cited under it.
        let civilians = try Agenda(.theme("protection of civilians in armed conflict")).trace(in: liberia)
        #expect(names(civilians.founders) == ["S/RES/1674 (2006)"])
    }

    @Test func aDocumentOnlyCitedFoundsNothingWhenTheThemeHasOlderDocuments() throws {
        // The women, peace and security documents of the corpus bundled with Citegraph: S/RES/2331 (2016),
        // on trafficking in persons, is cited once under the theme and is not in the bundle, so nothing
        // is known of what it cites; 1325 (2000) is older and founds the agenda alone.
        let bundled = try CitationGraph(contentsOfNodeLink: Fixture.directory.appendingPathComponent("bundled-wps-core-graph.json"))
        let names = { (nodes: [Int32]) in nodes.map { bundled.node($0).symbol.canonical } }
        let trafficking = try #require(bundled.index(of: Fixture.symbol("S/RES/2331 (2016)")))
        #expect(!bundled.node(trafficking).inCorpus)
        #expect(bundled.digraph.successors(of: trafficking).isEmpty)
        let result = try Agenda(.theme("women, peace and security")).trace(in: bundled)
        #expect(result.members.filter(\.isCore).count == 11)
        #expect(names(result.founders) == ["S/RES/1325 (2000)"])
    }

    @Test func unknownThemeOrDocumentIsAnError() {
        #expect(throws: AnalysisError.unknownTheme("climate and security")) { try Agenda(.theme("climate and security")).trace(in: graph) }
        #expect(throws: AnalysisError.unknownDocument("S/RES/9999 (2030)")) {
            try Agenda(.founder(.securityCouncilResolution(9999, year: 2030))).trace(in: graph)
        }
    }
}
