import CitegraphDocuments

/// One document of the citation graph: a UN document keyed by its canonical symbol, whether or not
/// the corpus holds its text.
///
/// A document read in several languages or files is still one node; its ``languageVersions`` say
/// where each version came from.
public struct GraphNode: Hashable, Sendable {
    /// The canonical symbol, the node's key.
    public var symbol: DocumentSymbol
    /// The date of adoption or issue, ISO 8601, when a version in the corpus gives it.
    public var date: String?
    /// The agenda item or title, preferring the English version's.
    public var title: String?
    /// How many citation occurrences name each theme for this document
    /// (`["women, peace and security": 350, "protection of civilians in armed conflict": 12]`).
    public var themeCounts: [String: Int]
    /// The versions the corpus holds, sorted by language then file; empty for a document only cited.
    public var languageVersions: [LanguageVersion]

    /// Creates a node.
    public init(
        symbol: DocumentSymbol, date: String? = nil, title: String? = nil, themeCounts: [String: Int] = [:],
        languageVersions: [LanguageVersion] = []
    ) {
        self.symbol = symbol
        self.date = date
        self.title = title
        self.themeCounts = themeCounts
        self.languageVersions = languageVersions
    }

    /// The themes citing texts name for this document (`women, peace and security`), sorted.
    public var themes: [String] { themeCounts.keys.sorted() }

    /// The theme or themes this document is most often cited under (several only when tied), sorted.
    public var principalThemes: [String] {
        guard let most = themeCounts.values.max() else { return [] }
        return themeCounts.filter { $0.value == most }.keys.sorted()
    }

    /// The kind of document, from the symbol.
    public var kind: DocumentKind { symbol.kind }

    /// The year: from the date when known, else from the symbol (`S/RES/1325 (2000)` → 2000).
    public var year: Int? {
        if let date, date.count >= 4, let year = Int(date.prefix(4)) { return year }
        return symbol.year
    }

    /// True when the corpus holds at least one version of the text; false for a document only cited.
    public var inCorpus: Bool { !languageVersions.isEmpty }

    /// The languages of the versions in the corpus, sorted, without repetition.
    public var languages: [Language] { Array(Set(languageVersions.map(\.language))).sorted() }

    /// The files the versions were read from, sorted, without repetition.
    public var files: [String] { Array(Set(languageVersions.map(\.file))).sorted() }

    /// A sortable time key: the date when known, else the year, else nil.
    ///
    /// Dates compare as ISO text; a bare year stands for its whole year and sorts as `YYYY`.
    public var timeKey: String? {
        if let date, !date.isEmpty { return date }
        return year.map(fourDigitYear)
    }
}

/// One language version of a document: the language and the file it was read from.
public struct LanguageVersion: Hashable, Sendable, Comparable, Codable {
    /// The language of the version.
    public var language: Language
    /// The file it was read from.
    public var file: String

    /// Creates a language version.
    public init(language: Language, file: String) {
        self.language = language
        self.file = file
    }

    public static func < (lhs: LanguageVersion, rhs: LanguageVersion) -> Bool {
        lhs.language != rhs.language ? lhs.language < rhs.language : lhs.file < rhs.file
    }
}

/// A year as four digits (`2000`), padded with zeros below 1000.
func fourDigitYear(_ value: Int) -> String {
    let digits = "\(value)"
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
