/// An element of a parsed XML document: name, attributes and children in document order.
///
/// Built by `MarkupScanner`, a tolerant reader that recovers from stray closing tags. Reference
/// semantics keep building cheap; a tree is owned by one read call and never shared across threads.
final class MarkupElement {
    /// The qualified name as written (`paragraph`, `akn4un:voters`).
    let name: String
    /// Attributes in document order, values with entities decoded.
    let attributes: [(name: String, value: String)]
    /// Child elements and text runs in document order.
    var children: [MarkupNode] = []
    /// The byte offset of the element's `<` in the source.
    let offset: Int

    init(name: String, attributes: [(name: String, value: String)], offset: Int) {
        self.name = name
        self.attributes = attributes
        self.offset = offset
    }

    /// The name without a namespace prefix (`akn4un:voters` → `voters`).
    var localName: Substring {
        guard let colon = name.lastIndex(of: ":") else { return Substring(name) }
        return name[name.index(after: colon)...]
    }

    /// The value of the first attribute with this name.
    func attribute(_ attributeName: String) -> String? {
        attributes.first { $0.name == attributeName }?.value
    }

    /// The child elements, in order.
    var elements: [MarkupElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// The first child element with this name.
    func child(_ childName: String) -> MarkupElement? {
        for case .element(let element) in children where element.name == childName { return element }
        return nil
    }

    /// The first descendant (depth first, document order) with this name, the element itself excluded.
    func firstDescendant(_ descendantName: String) -> MarkupElement? {
        for case .element(let element) in children {
            if element.name == descendantName { return element }
            if let found = element.firstDescendant(descendantName) { return found }
        }
        return nil
    }

    /// All descendants with this name in document order, not searching inside matches.
    func descendants(_ descendantName: String) -> [MarkupElement] {
        var found: [MarkupElement] = []
        collect(descendantName, into: &found)
        return found
    }

    private func collect(_ descendantName: String, into found: inout [MarkupElement]) {
        for case .element(let element) in children {
            if element.name == descendantName { found.append(element) } else { element.collect(descendantName, into: &found) }
        }
    }

    /// The concatenated text of the element and its descendants, exactly as written (entities decoded).
    var textContent: String {
        var text = ""
        appendText(to: &text)
        return text
    }

    private func appendText(to text: inout String) {
        for child in children {
            switch child {
            case .text(let run): text += run
            case .element(let element): element.appendText(to: &text)
            }
        }
    }
}

/// A child of a `MarkupElement`: an element or a run of character data.
enum MarkupNode {
    case element(MarkupElement)
    case text(String)
}

/// The result of scanning an XML document: the root element and the repairs the scanner made.
struct MarkupDocument {
    /// The document (root) element.
    let root: MarkupElement
    /// Human-readable notes about repairs (`ignored stray </docTitle> at byte 4211`), empty for well-formed input.
    let repairs: [String]
}
