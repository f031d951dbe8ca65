import CitegraphCitations
import CitegraphDocuments
import CitegraphRendering
import Foundation
import Graphviz
import Testing

@Suite("Engine choice")
struct LayoutChoiceTests {
    /// A chain of `count` resolution symbols from 1325 (2000) on, each recalling the one before,
    /// with years spread evenly over 2000–2019. Synthetic on purpose: these tests are about the
    /// diagram's size, which no fixture small enough to ship reaches.
    static func chain(count: Int) -> CitationDiagram {
        let nodes = (0..<count).map { index in
            DiagramNode(symbol: .securityCouncilResolution(1325 + index, year: 2000 + index * 19 / max(count - 1, 1)),
                        score: Double(count - index))
        }
        let edges = zip(nodes.dropFirst(), nodes).map { DiagramEdge(from: $0.id, to: $1.id, relation: .recalls) }
        return CitationDiagram(nodes: nodes, edges: edges, caption: "Chain of \(count) resolutions")
    }

    @Test("dot up to 150 documents, sfdp with overlap removal above, each with its reason")
    func choice() throws {
        let small = DiagramLayout.automatic(nodeCount: 150)
        #expect(small.engine == .dot)
        #expect(small.reason.hasPrefix("dot: 150 documents"))
        let large = DiagramLayout.automatic(nodeCount: 151)
        #expect(large.engine == .sfdp)
        #expect(large.reason.hasPrefix("sfdp: 151 documents"))
    }

    @Test("A 200-document diagram is drawn by sfdp without a year axis, every document once")
    func largeDiagram() throws {
        let diagram = Self.chain(count: 200)
        #expect(diagram.layout.engine == .sfdp)
        let encoded = try diagram.encoded()
        #expect(encoded.attributes["overlap"] == "prism")
        #expect(!encoded.nodes.contains { $0.name.hasPrefix("year:") })
        let svg = try SVGTree(diagram.render(to: .svg))
        let groups = svg.nodesByTitle
        #expect(groups.count == 201)
        #expect(diagram.nodes.allSatisfy { groups[$0.id]?.count == 1 })
    }

    @Test("The pruned note groups thousands and disappears when nothing was left out")
    func prunedNote() {
        #expect(CitationDiagram.prunedNote(showing: 40, of: 1288, selection: "top by PageRank")
            == "showing 40 of 1,288 documents: top by PageRank")
        #expect(CitationDiagram.prunedNote(showing: 150, of: 2_718_281, selection: "lineage")
            == "showing 150 of 2,718,281 documents: lineage")
        #expect(CitationDiagram.prunedNote(showing: 13, of: 13, selection: "all") == nil)
    }
}
