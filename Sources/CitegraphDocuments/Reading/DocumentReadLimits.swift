/// Limits that protect readers from inputs too large or too odd to be UN documents.
public struct DocumentReadLimits: Hashable, Sendable {
    /// The largest file read, in bytes (64 MB by default).
    public var maximumFileSize: Int
    /// The largest share of bytes that may be control characters or invalid UTF-8 before a file counts
    /// as binary (5 % by default).
    public var maximumBinaryShare: Double

    /// Creates limits.
    public init(maximumFileSize: Int = 64 << 20, maximumBinaryShare: Double = 0.05) {
        self.maximumFileSize = maximumFileSize
        self.maximumBinaryShare = maximumBinaryShare
    }

    /// The default limits.
    public static let standard = DocumentReadLimits()
}
