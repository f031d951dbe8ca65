import CitegraphCitations
import CitegraphDocuments
import Testing
@testable import CitegraphGraph

/// Real sentences whose numbers the year table contradicts, from the Akoma Ntoso and CR-UNSC texts.
@Suite struct SuspectCitationResolverTests {
    func citations(of symbol: String, date: String, _ text: String) -> [Citation] {
        let document = Document(
            symbol: DocumentSymbol(parsing: symbol), kind: .securityCouncilResolution, date: date, language: .english,
            file: "test.xml", paragraphs: [Paragraph(label: "OP2", kind: .operative, text: text)])
        return CitationExtractor().citations(in: document)
    }

    @Test func aTypedYearJoinsTheDocumentTheNumberNames() throws {
        // S/RES/2437 (2018) OP2 as the UN published it: "2312 (2106)" for 2312 (2016).
        let found = citations(of: "S/RES/2437 (2018)", date: "2018-10-03", "Reaffirms its resolution 2240 (2015), 2312 (2106) and 2380 (2017)")
        #expect(found.map(\.target.canonical) == ["S/RES/2240 (2015)", "S/RES/2312 (2106)", "S/RES/2380 (2017)"])
        #expect(found.map(\.suspect) == [false, true, false])
        let graph = CitationGraph(documents: [], citations: found)
        #expect(graph.nodes.map(\.symbol.canonical) == ["S/RES/2240 (2015)", "S/RES/2312 (2016)", "S/RES/2380 (2017)", "S/RES/2437 (2018)"])
        #expect(graph.notes.suspectYearsCorrected == 1)
        let symbol = try #require(DocumentSymbol(parsing: "S/RES/2437 (2018)"))
        let source = try #require(graph.index(of: symbol))
        let position = try #require(graph.edgePositions(from: source).first {
            graph.node(graph.edge(at: $0).target).symbol.canonical == "S/RES/2312 (2016)"
        })
        #expect(graph.provenance(ofEdgeAt: position).map(\.quote) == ["2312 (2106)"])
    }

    @Test func aYearAfterTheCitingDocumentIsAnotherBodysResolution() {
        // S/RES/1889 (2009) OP17: "… implementation of resolution 1325 (2000) in 2010 and beyond".
        let found = citations(
            of: "S/RES/1889 (2009)", date: "2009-10-05",
            "on the implementation of resolution 1325 (2000) in 2010 and beyond;")
        let graph = CitationGraph(documents: [], citations: found)
        #expect(graph.nodes.map(\.symbol.canonical).contains("S/RES/1325 (2000)"))
        #expect(!graph.nodes.contains { $0.symbol.year.map { $0 > 2009 } ?? false })
        #expect(graph.notes.laterResolutionsLeftOut == found.filter(\.suspect).count)
        #expect(graph.forwardInTimeEdges.isEmpty)
    }
}
