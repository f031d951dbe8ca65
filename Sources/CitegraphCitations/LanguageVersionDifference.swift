import CitegraphDocuments

/// A citation that some language versions of a document make and others do not.
///
/// The six language versions of a resolution are meant to cite the same documents; where they
/// differ, one of them usually carries a typo (`S/2019/833` for `S/2019/883`) or a dropped reference.
public struct LanguageVersionDifference: Hashable, Sendable, Codable {
    /// The document whose language versions disagree.
    public var document: DocumentSymbol
    /// The cited document.
    public var target: DocumentSymbol
    /// The language versions that cite `target`, in the UN's order (ar, zh, en, fr, ru, es).
    public var citedIn: [Language]
    /// The language versions read that do not cite it.
    public var missingIn: [Language]

    /// Creates a difference.
    public init(document: DocumentSymbol, target: DocumentSymbol, citedIn: [Language], missingIn: [Language]) {
        self.document = document
        self.target = target
        self.citedIn = citedIn
        self.missingIn = missingIn
    }
}
