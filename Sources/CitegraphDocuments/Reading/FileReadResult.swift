/// The documents read from one file, with the repairs the reader made on the way.
public struct FileReadResult: Sendable {
    /// The documents, in file order (a letter before the resolution annexed to it).
    public var documents: [Document]
    /// What was repaired or guessed; empty for clean files.
    public var warnings: [DocumentReadWarning]
    /// The editors' hyperlinks of an Akoma Ntoso file, in document order; empty for text files.
    public var hyperlinks: [Hyperlink]

    /// Creates a result.
    public init(documents: [Document], warnings: [DocumentReadWarning] = [], hyperlinks: [Hyperlink] = []) {
        self.documents = documents
        self.warnings = warnings
        self.hyperlinks = hyperlinks
    }
}
