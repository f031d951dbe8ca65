/// One paragraph of a document: a preambular paragraph (`PP3`), an operative paragraph with its
/// number and sub-paragraph (`OP11`, `OP20(c)`), or text outside those blocks (a letter's body).
public struct Paragraph: Hashable, Sendable, Codable {
    /// Where in a document a paragraph stands.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// A preambular paragraph ("Recalling …,").
        case preambular
        /// A numbered operative paragraph ("1. Decides …;").
        case operative
        /// Anything else: titles, a letter's body, annex headings.
        case other
    }

    /// The label users cite: `PP1`, `OP11`, `OP20(c)`, or `P4` for other text (the 4th such block).
    public var label: String
    /// The paragraph's kind.
    public var kind: Kind
    /// The cleaned text of the paragraph (page furniture, Markdown and LaTeX debris removed, lines joined).
    public var text: String
    /// The byte offset in the original file where the paragraph starts, for provenance.
    public var sourceOffset: Int

    /// Creates a paragraph.
    public init(label: String, kind: Kind, text: String, sourceOffset: Int = 0) {
        self.label = label
        self.kind = kind
        self.text = text
        self.sourceOffset = sourceOffset
    }
}
