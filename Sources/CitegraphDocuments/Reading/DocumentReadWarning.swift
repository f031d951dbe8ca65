/// Something a reader repaired or guessed while reading a file that was still read.
public struct DocumentReadWarning: Hashable, Sendable, CustomStringConvertible {
    /// What was repaired.
    public enum Kind: String, Hashable, Sendable {
        /// Invalid UTF-8 sequences were replaced with U+FFFD.
        case invalidUTF8
        /// Malformed XML (such as a stray closing tag) was repaired before reading.
        case repairedXML
        /// Identity metadata was missing where expected and was taken from a fallback.
        case metadataFallback
    }

    /// The path of the file.
    public let file: String
    /// What was repaired.
    public let kind: Kind
    /// Details for people.
    public let detail: String

    /// Creates a warning.
    public init(file: String, kind: Kind, detail: String) {
        self.file = file
        self.kind = kind
        self.detail = detail
    }

    public var description: String { "\(file): \(kind.rawValue): \(detail)" }
}
