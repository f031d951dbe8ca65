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
    /// Links as ranges of UTF-8 offsets in `raw`, so that one citation split over several `<a>`
    /// elements with the same target ("2042", " (", "2012", ")") reads as one link "2042 (2012)".
    private var linkRanges: [(href: String, range: Range<Int>)] = []
    /// Links found in footnotes, already finished.
    private var noteLinks: [Link] = []

    /// The links of the fragment, in document order (footnote links last), text normalised.
    var links: [Link] {
        let bytes = Array(raw.utf8)
        let body = linkRanges.map { Link(href: $0.href, text: SpaceNormalizer.normalize(String(decoding: bytes[$0.range], as: UTF8.self))) }
        return body + noteLinks
    }

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
            noteLinks += note.links
            return
        }
        let isBlock = Self.blockElements.contains(name)
        if isBlock { raw += " " }
        if name == "a" {
            let href = element.attribute("href") ?? ""
            let start = raw.utf8.count
            for child in element.children { append(child) }
            let end = raw.utf8.count
            // A link continuing the previous one across white space extends it. The previous one may
            // also lie inside this one (an unclosed <a> holding another link to the same address, which
            // Scripts/fuzz found): then it ends after `start` and there is nothing between to look at.
            if let last = linkRanges.last, last.href == href, last.range.upperBound <= start,
                raw.utf8.dropFirst(last.range.upperBound).prefix(start - last.range.upperBound).allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
            {
                linkRanges[linkRanges.count - 1].range = last.range.lowerBound..<end
            } else {
                linkRanges.append((href, start..<end))
            }
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
