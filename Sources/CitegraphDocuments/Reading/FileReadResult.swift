/// The documents read from one file, with the repairs the reader made on the way.
public struct FileReadResult: Sendable {
    /// The documents, in file order (a letter before the resolution annexed to it).
    public var documents: [Document]
    /// What was repaired or guessed; empty for clean files.
    public var warnings: [DocumentReadWarning]

    /// Creates a result.
    public init(documents: [Document], warnings: [DocumentReadWarning] = []) {
        self.documents = documents
        self.warnings = warnings
    }
}
