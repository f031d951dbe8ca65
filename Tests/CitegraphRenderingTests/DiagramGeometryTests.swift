import CitegraphAnalysis
import CitegraphGraph
import CitegraphRendering
import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Where things land in the drawings of the women, peace and security graph (Tests/Fixtures/graph,
/// built from the United Nations' texts): the year axis and the arrowheads.
@Suite("Geometry of the drawn diagrams")
struct DiagramGeometryTests {
    static let graph = DiagramViewTests.graph

    /// The points of an SVG `points` attribute.
    static func points(_ text: String?) -> [(x: Double, y: Double)] {
        (text ?? "").split(separator: " ").compactMap { pair in
            let parts = pair.split(separator: ",").compactMap { Double($0) }
            return parts.count == 2 ? (parts[0], parts[1]) : nil
        }
    }

    /// The box around a node group's shapes (polygons, polylines, ellipses).
    static func box(_ group: XMLElement) -> (minX: Double, minY: Double, maxX: Double, maxY: Double)? {
        var xs: [Double] = []
        var ys: [Double] = []
        for element in SVGTree(root: group).elements(named: "polygon") + SVGTree(root: group).elements(named: "polyline") {
            for point in points(element.value(of: "points")) { xs.append(point.x); ys.append(point.y) }
        }
        for ellipse in SVGTree(root: group).elements(named: "ellipse") {
            let value = { (name: String) in Double(ellipse.value(of: name) ?? "") ?? 0 }
            xs += [value("cx") - value("rx"), value("cx") + value("rx")]
            ys += [value("cy") - value("ry"), value("cy") + value("ry")]
        }
        guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max() else { return nil }
        return (minX, minY, maxX, maxY)
    }

    @Test("The year axis runs along the bottom edge, below every document, boxes or not, and the key under it")
    func axisAtTheBottom() throws {
        let views: [any DiagramView] = [
            AgendaView(origin: .theme("women, peace and security")),
            LineageView(symbol: .securityCouncilResolution(1325, year: 2000)),
            NeighbourhoodView(symbol: .securityCouncilResolution(1820, year: 2008)),
        ]
        for view in views {
            let diagram = try view.diagram(of: Self.graph)
            let svg = try SVGTree(diagram.render(to: .svg))
            var axisTops: [Double] = []
            var documentBottoms: [Double] = []
            var keyTop: Double?
            for (title, groups) in svg.nodesByTitle {
                if title == "legend:key" { keyTop = Self.box(groups[0])?.minY }
                if title.hasPrefix("year:") {
                    axisTops += SVGTree(root: groups[0]).elements(named: "text").compactMap { Double($0.value(of: "y") ?? "") }
                } else if title.hasPrefix("S/"), let box = Self.box(groups[0]) {
                    documentBottoms.append(box.maxY)
                }
            }
            // SVG y grows downwards; a text's y is its baseline, 12-point text reaches 9 points above it.
            let axisTop = try #require(axisTops.min()) - 9
            let lowestDocument = try #require(documentBottoms.max())
            #expect(axisTop > lowestDocument, "\(diagram.caption): axis at \(axisTop), a document reaches \(lowestDocument)")
            #expect(Set(axisTops).count == 1, "\(diagram.caption): the years are not on one line")
            // The key sits under the axis, not among the documents.
            #expect(try #require(keyTop) > axisTop + 9, "\(diagram.caption): the key is not under the axis")
        }
    }

    @Test("Bundled citations (concentrate) keep every arrowhead on a document, not where bundles fork")
    func bundledArrowheadsOnDocuments() throws {
        let diagram = try CorpusView().diagram(of: Self.graph)
        let encoded = try diagram.encoded()
        #expect(encoded.attributes["concentrate"] == "true")
        let svg = try SVGTree(diagram.render(to: .svg))
        let boxes = svg.nodesByTitle.filter { $0.key.hasPrefix("S/") || $0.key.hasPrefix("A/") }.compactMap { Self.box($0.value[0]) }
        let edges = svg.elements(named: "g").filter { $0.value(of: "class") == "edge" }
        var arrowheads = 0
        for edge in edges {
            for head in SVGTree(root: edge).elements(named: "polygon") {
                arrowheads += 1
                // Some point of the arrowhead touches (within 2 points) some document's box.
                let touches = Self.points(head.value(of: "points")).contains { point in
                    boxes.contains { box in
                        point.x >= box.minX - 2 && point.x <= box.maxX + 2 && point.y >= box.minY - 2 && point.y <= box.maxY + 2
                    }
                }
                #expect(touches, "an arrowhead away from every document: \(head.value(of: "points") ?? "")")
            }
        }
        #expect(arrowheads >= diagram.edges.count / 2)
    }
}
