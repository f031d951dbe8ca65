/// A UN document as read from a file: who is speaking, when, in which language, and its paragraphs.
///
/// A file may hold several documents: a President's letter with the resolution annexed is two
/// documents, each holding its own paragraphs.
public struct Document: Hashable, Sendable, Codable {
    /// The canonical symbol (`S/RES/2518 (2020)`), or nil when the text does not reveal it.
    public var symbol: DocumentSymbol?
    /// What kind of document this is.
    public var kind: DocumentKind
    /// The date of adoption or issue, ISO 8601 (`2020-03-30`), when known.
    public var date: String?
    /// The meeting number at which it was adopted (`8852`), when known.
    public var meeting: Int?
    /// The agenda item or title (`United Nations peacekeeping operations`), when known.
    public var title: String?
    /// The language of this version of the text.
    public var language: Language
    /// The path of the file it was read from.
    public var file: String
    /// The paragraphs, in document order.
    public var paragraphs: [Paragraph]

    /// Creates a document.
    public init(
        symbol: DocumentSymbol?, kind: DocumentKind, date: String? = nil, meeting: Int? = nil,
        title: String? = nil, language: Language, file: String, paragraphs: [Paragraph] = []
    ) {
        self.symbol = symbol
        self.kind = kind
        self.date = date
        self.meeting = meeting
        self.title = title
        self.language = language
        self.file = file
        self.paragraphs = paragraphs
    }
}
