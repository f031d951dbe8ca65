import CitegraphCitations
import CitegraphDocuments
import Foundation
import Testing
@testable import CitegraphGraph

@Suite struct CitationGraphTests {
    @Test func oneNodePerDocumentWhateverTheLanguage() throws {
        let graph = try Fixture.graph()
        let index = try #require(graph.index(of: Fixture.symbol("S/RES/2538 (2020)")))
        let node = graph.node(index)
        #expect(node.languages == [.english, .french])
        #expect(node.files == ["akn/2020/English/S_RES_2538 (2020)-2011254E.xml", "akn/2020/French/S_RES_2538 (2020)-2011254F.xml"])
        #expect(node.date == "2020-08-28")
        // 2538 recalls 2242 (2015) in two paragraphs, in each language: one typed edge, four occurrences.
        let target = try #require(graph.index(of: Fixture.symbol("S/RES/2242 (2015)")))
        let position = try #require(graph.edgePositions(from: index).first { graph.edge(at: $0).target == target })
        #expect(graph.edge(at: position).relation == .recalls)
        #expect(graph.edge(at: position).count == 4)
        #expect(Set(graph.provenance(ofEdgeAt: position).map(\.language)) == [.english, .french])
    }

    @Test func citedDocumentsOutsideTheCorpusAreNodes() throws {
        let graph = try Fixture.graph()
        // 12 files, 11 documents; 1820 (2008) cites seven presidential statements the fixture does not hold.
        #expect(graph.nodes.filter(\.inCorpus).count == 11)
        let statement = try #require(graph.index(of: Fixture.symbol("S/PRST/2001/31")))
        #expect(!graph.node(statement).inCorpus)
        #expect(graph.node(statement).year == 2001)
        #expect(graph.nodes.map(\.symbol) == graph.nodes.map(\.symbol).sorted())
    }

    @Test func typedEdgesAndTheCollapsedDigraph() throws {
        let graph = try Fixture.graph()
        let s1888 = try #require(graph.index(of: Fixture.symbol("S/RES/1888 (2009)")))
        let s1820 = try #require(graph.index(of: Fixture.symbol("S/RES/1820 (2008)")))
        // 1888 (2009) reaffirms 1820 (2008) in its preamble, welcomes it and cites it in operative paragraphs.
        #expect(graph.relations(from: s1888, to: s1820) == [.reaffirms, .welcomes, .cites])
        #expect(graph.digraph.hasEdge(from: s1888, to: s1820))
        #expect(graph.digraph.successors(of: s1888).filter { $0 == s1820 }.count == 1)
        #expect(graph.digraph(relations: [.welcomes]).successors(of: s1888).map { graph.node($0).symbol.canonical }
            == ["S/RES/1325 (2000)", "S/RES/1820 (2008)"])
        // Typed edges are sorted by source, target, relation.
        let keys = graph.edges.map { [Int($0.source), Int($0.target), Relation.allCases.firstIndex(of: $0.relation)!] }
        #expect(keys == keys.sorted { $0.lexicographicallyPrecedes($1) })
        // Every occurrence has its provenance.
        #expect((0..<graph.edgeCount).allSatisfy { graph.provenance(ofEdgeAt: $0).count == graph.edge(at: $0).count })
        #expect((0..<graph.edgeCount).map { graph.edge(at: $0).count }.reduce(0, +) == (try Fixture.corpus()).citations.count)
    }

    @Test func themesComeFromCitingTexts() throws {
        let graph = try Fixture.graph()
        let s1325 = try #require(graph.index(of: Fixture.symbol("S/RES/1325 (2000)")))
        #expect(graph.node(s1325).themes == ["women, peace and security"])
        #expect(graph.node(s1325).themeCounts == ["women, peace and security": 18])
        #expect(graph.node(s1325).principalThemes == ["women, peace and security"])
        let s1612 = try #require(graph.index(of: Fixture.symbol("S/RES/1612 (2005)")))
        #expect(graph.node(s1612).themes.isEmpty)
    }

    @Test func unplaceableAndSelfCitationsAreCountedNotLost() throws {
        let target = Fixture.symbol("S/RES/1325 (2000)")
        let citations = [
            Citation(source: nil, target: target, relation: .recalls, language: .english, file: "letter.txt", paragraph: "P1", quote: "1325 (2000)"),
            Citation(source: target, target: target, relation: .cites, language: .english, file: "1325.xml", paragraph: "P1", quote: "1325 (2000)"),
        ]
        let graph = CitationGraph(documents: [], citations: citations)
        #expect(graph.notes.citationsWithoutSource == 1)
        #expect(graph.notes.selfCitations == 1)
        #expect(graph.edgeCount == 0)
        #expect(graph.nodeCount == 1)
    }

    @Test func forwardInTimeEdgesAreRecognised() throws {
        let graph = try Fixture.graph()
        let s2493 = try #require(graph.index(of: Fixture.symbol("S/RES/2493 (2019)")))
        let s1325 = try #require(graph.index(of: Fixture.symbol("S/RES/1325 (2000)")))
        #expect(!graph.isForwardInTime(from: s2493, to: s1325))
        #expect(graph.isForwardInTime(from: s1325, to: s2493))
    }
}

@Suite struct ForwardInTimeTests {
    @Test func flaggedInTheNodeLinkJSON() throws {
        // 1888 (2009), adopted 30 September 2009, cannot cite 1889 (2009), adopted 5 October 2009.
        var corpus = try Fixture.corpus()
        corpus.citations.append(
            Citation(
                source: Fixture.symbol("S/RES/1888 (2009)"), target: Fixture.symbol("S/RES/1889 (2009)"), relation: .recalls,
                language: .english, file: "misread.xml", paragraph: "PP1", quote: "1889 (2009)"))
        let graph = CitationGraph(documents: corpus.documents, citations: corpus.citations)
        #expect(graph.forwardInTimeEdges.map { "\(graph.node($0.citing).symbol) → \(graph.node($0.cited).symbol)" }
            == ["S/RES/1888 (2009) → S/RES/1889 (2009)"])
        let json = String(decoding: try graph.nodeLinkJSON(), as: UTF8.self)
        #expect(json.components(separatedBy: "\"forward_in_time\":true").count == 2)
        #expect(try Fixture.graph().forwardInTimeEdges.isEmpty)
    }
}
