import Foundation

/// Reads United Nations Akoma Ntoso (AKN4UN) XML files: Security Council resolutions and
/// presidential statements with their identity, labelled paragraphs and the editors' hyperlinks.
///
/// The XML is read by a tolerant byte-level scanner: files with a stray closing tag (about 119
/// presidential statements of 2000–2009) are repaired and read, with a `repairedXML` warning;
/// truncated files and files without an element are errors naming the file.
public enum AkomaNtosoReader {
    /// Reads the documents of a file's bytes (one document per file).
    public static func read(data: Data, file: String) throws(DocumentReadError) -> [Document] {
        try readFile(data: data, file: file).documents
    }

    /// Reads a file's bytes into documents, with the repairs made on the way.
    public static func readFile(data: Data, file: String) throws(DocumentReadError) -> FileReadResult {
        let parsed = try parse(data: data, file: file)
        return FileReadResult(documents: [parsed.document], warnings: parsed.warnings, hyperlinks: parsed.links)
    }

    /// The hyperlinks the UN's editors put into the document, in document order, with the label of
    /// the paragraph and the preamble container holding each.
    public static func hyperlinks(data: Data, file: String) throws(DocumentReadError) -> [Hyperlink] {
        try parse(data: data, file: file).links
    }

    /// Reads a document and its hyperlinks in one pass.
    public static func readWithHyperlinks(data: Data, file: String) throws(DocumentReadError) -> (document: Document, hyperlinks: [Hyperlink], warnings: [DocumentReadWarning]) {
        let parsed = try parse(data: data, file: file)
        return (parsed.document, parsed.links, parsed.warnings)
    }

    /// Metadata the readers never use, passed over unread for speed.
    static let skippedMetadata: Set<String> = ["classification", "analysis", "references", "presentation", "notes", "proprietary"]

    private struct Parsed {
        let document: Document
        let links: [Hyperlink]
        let warnings: [DocumentReadWarning]
    }

    private static func parse(data: Data, file: String) throws(DocumentReadError) -> Parsed {
        let scanned: Result<MarkupDocument, MarkupScanError> = data.withUnsafeBytes { raw in
            do throws(MarkupScanError) {
                return .success(try MarkupScanner.scan(raw.bindMemory(to: UInt8.self), skipping: skippedMetadata))
            } catch {
                return .failure(error)
            }
        }
        let markup: MarkupDocument
        switch scanned {
        case .success(let document): markup = document
        case .failure(let error):
            switch error {
            case .noRootElement: throw DocumentReadError(file: file, problem: .malformedXML("no XML element"))
            case .truncated(let offset, let detail): throw DocumentReadError(file: file, problem: .malformedXML("\(detail) (byte \(offset))"))
            case .tooDeep(let offset, let depth):
                throw DocumentReadError(file: file, problem: .malformedXML("elements nested \(depth) deep at byte \(offset), over the limit of \(MarkupScanner.maximumDepth)"))
            }
        }
        guard markup.root.localName == "akomaNtoso" else {
            throw DocumentReadError(file: file, problem: .notAkomaNtoso(root: markup.root.name))
        }
        guard let documentElement = markup.root.elements.first(where: { $0.name != "meta" && $0.name != "components" }) else {
            throw DocumentReadError(file: file, problem: .noContent)
        }
        var warnings: [DocumentReadWarning] = []
        if !markup.repairs.isEmpty {
            let shown = markup.repairs.prefix(3).joined(separator: "; ")
            let more = markup.repairs.count > 3 ? " and \(markup.repairs.count - 3) more" : ""
            warnings.append(DocumentReadWarning(file: file, kind: .repairedXML, detail: shown + more))
        }
        var identity = AkomaNtosoIdentity(statement: documentElement)
        identity.reconcile(statementName: documentElement.attribute("name") ?? "", file: file)
        identity.correctResolutionYear()
        identity.symbolFromFileName(statementName: documentElement.attribute("name") ?? "", file: file)
        var body = AkomaNtosoBodyReader(isStatement: identity.kind == .presidentialStatement)
        body.read(documentElement)
        identity.complete(from: body.paragraphs)
        if identity.title == nil {
            identity.title = data.withUnsafeBytes { AkomaNtosoAgenda.item(in: $0.bindMemory(to: UInt8.self)) }
        }
        // Elements with neither a paragraph nor a symbol (an empty shell, or markup noise under an
        // <akomaNtoso> root) are no document.
        guard !body.paragraphs.isEmpty || identity.symbol != nil else {
            throw DocumentReadError(file: file, problem: .noContent)
        }
        for fallback in identity.fallbacks {
            warnings.append(DocumentReadWarning(file: file, kind: .metadataFallback, detail: fallback))
        }
        let language = identity.language ?? LanguageDetector.detect(body.paragraphs.map(\.text).joined(separator: " ")) ?? .english
        let document = Document(
            symbol: identity.symbol, kind: identity.kind, date: identity.date, meeting: identity.meeting,
            title: identity.title, language: language, file: file, paragraphs: body.paragraphs)
        return Parsed(document: document, links: body.links, warnings: warnings)
    }
}
