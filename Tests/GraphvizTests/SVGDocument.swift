import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG rendering parsed as XML, with the parts the tests look at.
struct SVGDocument {
    let document: XMLDocument

    init(_ data: Data) throws {
        document = try XMLDocument(data: data, options: [])
    }

    /// The `<g class="node">` elements.
    var nodeGroups: [XMLElement] { elements(class: "node") }

    /// The `<g class="edge">` elements.
    var edgeGroups: [XMLElement] { elements(class: "edge") }

    /// The text of each node group's `<title>`, in document order.
    var nodeTitles: [String] {
        nodeGroups.compactMap { $0.elements(forName: "title").first?.stringValue }
    }

    /// The `xlink:href` values of all links, in document order.
    var linkTargets: [String] { allElements(named: "a").compactMap { $0.value(of: "xlink:href") } }

    /// Every element named `name`, anywhere in the document.
    func allElements(named name: String) -> [XMLElement] {
        guard let root = document.rootElement() else { return [] }
        return descendants(of: root).filter { $0.name == name }
    }

    private func elements(class value: String) -> [XMLElement] {
        allElements(named: "g").filter { $0.value(of: "class") == value }
    }

    private func descendants(of element: XMLElement) -> [XMLElement] {
        let children = (element.children ?? []).compactMap { $0 as? XMLElement }
        return children + children.flatMap { descendants(of: $0) }
    }
}

extension XMLElement {
    /// The value of the attribute named `name` as written (`class`, `xlink:href`). FoundationXML's
    /// `attribute(forName:)` misses attributes of elements in SVG's default namespace.
    func value(of name: String) -> String? {
        (attributes ?? []).first { $0.name == name }?.stringValue
    }
}
