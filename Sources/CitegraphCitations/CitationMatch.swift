import CitegraphDocuments

/// A citation found in a text, before it is placed in a document: what is cited, how, and where.
public struct CitationMatch: Hashable, Sendable {
    /// The cited document, in canonical form.
    public var target: DocumentSymbol
    /// The relation read from the verb or phrase governing the clause.
    public var relation: Relation
    /// The citation as written (`resolution 2436 (2018)`, `1820 (2008)`, `S/2020/476`).
    public var quote: String
    /// The UTF-8 byte range of `quote` in the text.
    public var range: Range<Int>
    /// The pinpoint within the target (`paragraph 13`), when written.
    public var pinpoint: String?
    /// The theme named for the target (`women, peace and security`), when written.
    public var theme: String?
    /// True when the citation looks wrong (a year the table contradicts, a number beyond the table).
    public var suspect: Bool
    /// Why the citation is suspect, when it is.
    public var suspectReason: String?

    /// Creates a match.
    public init(
        target: DocumentSymbol, relation: Relation, quote: String, range: Range<Int>, pinpoint: String? = nil,
        theme: String? = nil, suspect: Bool = false, suspectReason: String? = nil
    ) {
        self.target = target
        self.relation = relation
        self.quote = quote
        self.range = range
        self.pinpoint = pinpoint
        self.theme = theme
        self.suspect = suspect
        self.suspectReason = suspectReason
    }
}
