/// The text of an Akoma Ntoso fragment with its links and footnotes, as one paragraph shows it.
///
/// Tags are stripped; link and emphasis text stays; block-level elements (`p`, table cells, list
/// items) are separated by a space; footnotes (`authorialNote`) are moved to the end of the text so
/// that they do not split a sentence; white space is normalised by `SpaceNormalizer`.
struct AkomaNtosoInlineText {
    /// A link found in the fragment: its target and normalised text.
    struct Link {
        let href: String
        let text: String
    }

    private(set) var raw = ""
    private(set) var notes: [String] = []
    private(set) var links: [Link] = []
    private var lastLinkEnd: Int?

    /// Elements whose content forms a block of its own: they are separated from neighbours by a space.
    static let blockElements: Set<String> = [
        "p", "td", "th", "tr", "item", "content", "intro", "wrapUp", "listIntroduction", "heading",
        "subheading", "crossHeading", "blockList", "table", "list", "point", "alinea", "docTitle", "num", "block",
    ]

    /// Elements that hold no running text.
    static let ignoredElements: Set<String> = ["img", "meta", "eol", "eop", "marker"]

    /// Appends the text of a node and everything under it.
    mutating func append(_ node: MarkupNode) {
        switch node {
        case .text(let run):
            raw += run
        case .element(let element):
            append(element)
        }
    }

    /// Appends the text of an element and everything under it.
    mutating func append(_ element: MarkupElement) {
        let name = element.name
        if Self.ignoredElements.contains(name) { return }
        if name == "authorialNote" {
            var note = AkomaNtosoInlineText()
            for child in element.children { note.append(child) }
            let text = note.text
            if !text.isEmpty { notes.append(text) }
            links += note.links
            return
        }
        let isBlock = Self.blockElements.contains(name)
        if isBlock { raw += " " }
        if name == "a" {
            let text = SpaceNormalizer.normalize(element.textContent)
            let href = element.attribute("href") ?? ""
            // One citation split over two links ("2480" and "(2019)" with the same target) is one link.
            if let last = links.last, last.href == href, let end = lastLinkEnd,
                raw.utf8.dropFirst(end).allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A })
            {
                links[links.count - 1] = Link(href: href, text: last.text + " " + text)
            } else {
                links.append(Link(href: href, text: text))
            }
            for child in element.children { append(child) }
            lastLinkEnd = raw.utf8.count
            return
        }
        for child in element.children { append(child) }
        if isBlock { raw += " " }
    }

    /// Appends plain text (used to put a separator between parts).
    mutating func appendSeparator() { raw += " " }

    /// The normalised text with footnotes at the end.
    var text: String {
        let body = SpaceNormalizer.normalize(raw)
        guard !notes.isEmpty else { return body }
        return ([body] + notes).filter { !$0.isEmpty }.joined(separator: " ")
    }
}
