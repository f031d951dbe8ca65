import CitegraphDocuments

/// One occurrence of a citation: a document citing another at one place in its text.
public struct Citation: Hashable, Sendable, Codable {
    /// The citing document, when its symbol is known.
    public var source: DocumentSymbol?
    /// The cited document, in canonical form.
    public var target: DocumentSymbol
    /// The relation read from the governing verb.
    public var relation: Relation
    /// The language of the citing text.
    public var language: Language
    /// The file the citing text was read from.
    public var file: String
    /// The paragraph label (`PP3`, `OP11`, `OP20(c)`).
    public var paragraph: String
    /// The citation as written in the text (`resolution 2436 (2018)`, `第2250号决议`).
    public var quote: String
    /// The pinpoint within the target, where given (`paragraph 13`).
    public var pinpoint: String?
    /// The theme the text names for the target (`women, peace and security`), or nil.
    public var theme: String?
    /// True when the citation looks wrong: a resolution number whose year does not match the table.
    public var suspect: Bool
    /// Why the citation is suspect, when it is.
    public var suspectReason: String?

    /// Creates a citation occurrence.
    public init(
        source: DocumentSymbol?, target: DocumentSymbol, relation: Relation, language: Language,
        file: String, paragraph: String, quote: String, pinpoint: String? = nil, theme: String? = nil,
        suspect: Bool = false, suspectReason: String? = nil
    ) {
        self.source = source
        self.target = target
        self.relation = relation
        self.language = language
        self.file = file
        self.paragraph = paragraph
        self.quote = quote
        self.pinpoint = pinpoint
        self.theme = theme
        self.suspect = suspect
        self.suspectReason = suspectReason
    }
}
