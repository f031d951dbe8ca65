/// A hyperlink the UN's editors put into an Akoma Ntoso document: the ground truth of a citation.
public struct Hyperlink: Hashable, Sendable, Codable {
    /// The label of the paragraph holding the link (`PP3`, `OP20(c)`, `P2`).
    public var paragraph: String
    /// The link target as written (`https://undocs.org/en/S/RES/2436(2018)`).
    public var href: String
    /// The linked text, white space normalised (`2436 (2018)`).
    public var text: String
    /// The name of the preamble container holding the link (`Recalling`, `Reaffirming`), nil outside the preamble.
    public var container: String?

    /// Creates a hyperlink.
    public init(paragraph: String, href: String, text: String, container: String? = nil) {
        self.paragraph = paragraph
        self.href = href
        self.text = text
        self.container = container
    }
}
