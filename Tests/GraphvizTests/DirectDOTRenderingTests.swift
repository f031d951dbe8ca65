import Foundation
import Graphviz
import Testing

/// `Graphviz.render(dot:)` lays out the graph cgraph parsed, as the `dot` program does, without the
/// round trip through ``GraphvizGraph``: the SVG must be the one the round trip gives.
@Suite("Rendering DOT text directly")
struct DirectDOTRenderingTests {
    static let text = #"digraph lineage { rankdir=LR; node [shape=box, fontsize=10]; "#
        + #"subgraph cluster_2000 { label="2000"; "S/RES/1325 (2000)" [tooltip="Women, peace and security"]; } "#
        + #""S/RES/1820 (2008)" -> "S/RES/1325 (2000)" [label="recalls", color=blue]; "#
        + #""S/RES/2242 (2015)" -> "S/RES/1820 (2008)" [style=dashed]; "S/RES/2242 (2015)" -> "S/RES/1325 (2000)"; }"#

    @Test("The SVG of DOT text is the SVG of its parsed graph", arguments: [LayoutEngine.dot, .sfdp])
    func sameSVGAsTheRoundTrip(engine: LayoutEngine) throws {
        let direct = try Graphviz.render(dot: Self.text, using: engine, to: .svg)
        let roundTrip = try Graphviz.render(Graphviz.parse(dot: Self.text), using: engine, to: .svg)
        #expect(direct == roundTrip)
        #expect(try SVGDocument(direct).nodeTitles.contains("S/RES/1325 (2000)"))
    }
}
