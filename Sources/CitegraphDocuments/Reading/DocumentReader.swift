import Foundation

/// Reads UN documents from files: Akoma Ntoso XML, or plain text and Markdown (PDF extractions,
/// the CR-UNSC texts), dispatching on the extension and the content.
public enum DocumentReader {
    /// Extensions read as Akoma Ntoso XML.
    public static let xmlExtensions: Set<String> = ["xml", "akn"]
    /// Extensions read as plain text or Markdown.
    public static let textExtensions: Set<String> = ["txt", "md", "markdown", "text"]

    /// Reads the documents in a file.
    public static func read(contentsOf url: URL, limits: DocumentReadLimits = .standard) throws(DocumentReadError) -> [Document] {
        try readFile(contentsOf: url, limits: limits).documents
    }

    /// Reads the documents in a file, with the repairs made on the way.
    public static func readFile(contentsOf url: URL, limits: DocumentReadLimits = .standard) throws(DocumentReadError) -> FileReadResult {
        let file = url.path
        let data = try load(url, limits: limits)
        return try readFile(data: data, file: file, limits: limits)
    }

    /// Reads documents from bytes, `file` naming them in documents and errors.
    public static func read(data: Data, file: String, limits: DocumentReadLimits = .standard) throws(DocumentReadError) -> [Document] {
        try readFile(data: data, file: file, limits: limits).documents
    }

    /// Reads documents from bytes, with the repairs made on the way.
    public static func readFile(data: Data, file: String, limits: DocumentReadLimits = .standard) throws(DocumentReadError) -> FileReadResult {
        guard data.count <= limits.maximumFileSize else {
            throw DocumentReadError(file: file, problem: .tooLarge(bytes: data.count, limit: limits.maximumFileSize))
        }
        guard !data.isEmpty else { throw DocumentReadError(file: file, problem: .empty) }
        if looksLikeXML(data, file: file) {
            let warning = try TextDecoding.check(data, file: file, limits: limits)  // rejects binary files
            var result = try AkomaNtosoReader.readFile(data: data, file: file)
            if let warning { result.warnings.insert(warning, at: 0) }
            return result
        }
        let decoded = try TextDecoding.decode(data, file: file, limits: limits)
        var result = try PlainTextReader.readFile(text: decoded.text, file: file)
        if let warning = decoded.warning { result.warnings.insert(warning, at: 0) }
        return result
    }

    /// Whether a file is read as XML: an XML extension, or text that starts with `<`.
    static func looksLikeXML(_ data: Data, file: String) -> Bool {
        let fileExtension = (file as NSString).pathExtension.lowercased()
        if xmlExtensions.contains(fileExtension) { return true }
        if textExtensions.contains(fileExtension) { return false }
        for byte in data.prefix(512) {
            if byte == 0xEF || byte == 0xBB || byte == 0xBF || byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { continue }
            return byte == UInt8(ascii: "<")
        }
        return false
    }

    static func load(_ url: URL, limits: DocumentReadLimits) throws(DocumentReadError) -> Data {
        try FileBytes.contents(of: url.path, limit: limits.maximumFileSize)
    }
}
