import Foundation
import Graphviz
import Testing

@Suite("Nodes moved under the drawing after the layout")
struct BottomRowTests {
    /// The laid-out position and height (points) of each node of laid-out DOT.
    static func placements(_ dot: Data) throws -> [String: (x: Double, y: Double, height: Double)] {
        let graph = try Graphviz.parse(dot: String(decoding: dot, as: UTF8.self))
        var result: [String: (x: Double, y: Double, height: Double)] = [:]
        for node in graph.nodes {
            let position = (node.attributes["pos"]?.string ?? "").split(separator: ",").compactMap { Double($0) }
            let height = Double(node.attributes["height"]?.string ?? "") ?? 0
            if position.count == 2 { result[node.name] = (position[0], position[1], height * 72) }
        }
        return result
    }

    @Test("The bottom row goes under every other node on one line, the footer under it, x kept; the box grows")
    func rowAndFooterUnderTheDrawing() throws {
        var graph = ResolutionGraph.graph
        graph.nodes.append(GraphvizNode("key", attributes: ["shape": "plaintext", "label": "Key"]))
        let before = try Self.placements(Graphviz.render(graph, to: .dot))
        graph.bottomRow = ["S/RES/1820 (2008)"]
        graph.footer = ["key"]
        let dot = try Graphviz.render(graph, to: .dot)
        let after = try Self.placements(dot)
        let row = try #require(after["S/RES/1820 (2008)"])
        let key = try #require(after["key"])
        for symbol in ["S/RES/1325 (2000)", "S/RES/2467 (2019)"] {
            let node = try #require(after[symbol])
            // y grows upwards in Graphviz's coordinates.
            #expect(row.y + row.height / 2 < node.y - node.height / 2, "\(symbol) is not above the row")
            #expect(node.x == before[symbol]?.x && node.y == before[symbol]?.y)
        }
        #expect(key.y + key.height / 2 < row.y - row.height / 2)
        #expect(row.x == before["S/RES/1820 (2008)"]?.x && key.x == before["key"]?.x)
        let box = try Graphviz.parse(dot: String(decoding: dot, as: UTF8.self)).attributes["bb"]?.string ?? ""
        let lowerLeftY = try #require(box.split(separator: ",").dropFirst().first.flatMap { Double($0) })
        #expect(lowerLeftY <= key.y - key.height / 2)
        // Formats without a layout ignore the rows (there are no positions to move).
        let canonical = String(decoding: try Graphviz.render(graph, to: .canonical), as: UTF8.self)
        #expect(!canonical.contains("pos="))
    }
}
