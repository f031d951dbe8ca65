/// Why a file could not be read into documents. Always names the file.
public struct DocumentReadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Problem: Hashable, Sendable {
        /// The file could not be opened or read (missing, a directory, no permission, …).
        case unreadable(String)
        /// The file holds no bytes, or only white space.
        case empty
        /// The file is larger than the configured limit.
        case tooLarge(bytes: Int, limit: Int)
        /// The file is mostly not text (NUL bytes, control characters or invalid UTF-8).
        case binary
        /// The XML could not be read even tolerantly (truncated, no element).
        case malformedXML(String)
        /// Well-formed XML, but not an Akoma Ntoso document.
        case notAkomaNtoso(root: String)
        /// The text holds no paragraph that could be read.
        case noContent
    }

    /// The path of the file.
    public let file: String
    /// What went wrong.
    public let problem: Problem

    /// Creates an error for a file.
    public init(file: String, problem: Problem) {
        self.file = file
        self.problem = problem
    }

    public var description: String {
        switch problem {
        case .unreadable(let reason): "\(file): cannot read the file (\(reason))"
        case .empty: "\(file): the file is empty"
        case .tooLarge(let bytes, let limit): "\(file): the file is \(bytes) bytes, over the limit of \(limit) bytes"
        case .binary: "\(file): not a text file (binary content)"
        case .malformedXML(let detail): "\(file): malformed XML that could not be recovered: \(detail)"
        case .notAkomaNtoso(let root): "\(file): XML with root <\(root)> is not an Akoma Ntoso document"
        case .noContent: "\(file): no readable paragraph in the text"
        }
    }
}
