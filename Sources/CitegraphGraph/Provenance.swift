import CitegraphDocuments

/// Where one occurrence of a citation was read: file, paragraph, the words as written, the language.
public struct Provenance: Hashable, Sendable, Comparable, Codable {
    /// The file the citing text was read from.
    public var file: String
    /// The paragraph label (`PP3`, `OP11`).
    public var paragraph: String
    /// The citation as written (`resolution 1325 (2000)`).
    public var quote: String
    /// The language of the citing text.
    public var language: Language
    /// The pinpoint within the cited document (`paragraph 13`), when given.
    public var pinpoint: String?

    /// Creates a provenance record.
    public init(file: String, paragraph: String, quote: String, language: Language, pinpoint: String? = nil) {
        self.file = file
        self.paragraph = paragraph
        self.quote = quote
        self.language = language
        self.pinpoint = pinpoint
    }

    /// Orders by file, then paragraph, language, quote and pinpoint, so that output is deterministic.
    public static func < (lhs: Provenance, rhs: Provenance) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if lhs.paragraph != rhs.paragraph { return lhs.paragraph < rhs.paragraph }
        if lhs.language != rhs.language { return lhs.language < rhs.language }
        if lhs.quote != rhs.quote { return lhs.quote < rhs.quote }
        return (lhs.pinpoint ?? "") < (rhs.pinpoint ?? "")
    }
}
