import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG drawing parsed as XML (parsing fails on invalid XML), with the parts the tests look at.
struct SVGTree {
    let root: XMLElement

    init(_ data: Data) throws {
        let document = try XMLDocument(data: data, options: [])
        root = try #require(document.rootElement())
    }

    /// The part of a drawing under `root` (a node or edge group).
    init(root: XMLElement) {
        self.root = root
    }

    /// Every element named `name` under the root, in document order.
    func elements(named name: String) -> [XMLElement] {
        descendants(of: root).filter { $0.localName == name || $0.name == name }
    }

    /// `<g class="node">` groups by their `<title>` (the node's name).
    var nodesByTitle: [String: [XMLElement]] {
        Dictionary(grouping: elements(named: "g").filter { $0.value(of: "class") == "node" }) {
            $0.elements(forName: "title").first?.stringValue ?? ""
        }
    }

    private func descendants(of element: XMLElement) -> [XMLElement] {
        let children = (element.children ?? []).compactMap { $0 as? XMLElement }
        return children + children.flatMap { descendants(of: $0) }
    }
}

extension XMLElement {
    /// The first `<a>` inside the element.
    var firstLink: XMLElement? {
        for child in children ?? [] {
            guard let element = child as? XMLElement else { continue }
            if element.localName == "a" || element.name == "a" { return element }
            if let link = element.firstLink { return link }
        }
        return nil
    }
}
