import ArgumentParser
import CitegraphCitations
import CitegraphDocuments
import Foundation

/// `citegraph extract`: every citation in the documents, one record per occurrence.
public struct ExtractCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "List the citations in UN documents, one line per occurrence (JSON Lines or TSV).",
        discussion: """
            Reads Akoma Ntoso XML and plain-text or Markdown files (folders are walked). Each citation is \
            written with its source, target, relation, language, file, paragraph, quote, pinpoint, theme, \
            suspect flag and reason; JSON keys are sorted and missing values are null, so the same input \
            gives byte-identical output. TSV starts with a header line. \
            A file that cannot be read is named on stderr and the run goes on: exit status 0 when every \
            file was read, 3 when some were not, 1 when none was (or no path exists).

            Examples:
              citegraph extract ../shared/seeds --format tsv
              citegraph extract Tests/Fixtures/akn/S_RES_2531_2020_E.xml > citations.jsonl
            """)

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, tsv
    }

    @Argument(help: "Files or folders of UN documents (.xml, .akn, .txt, .md).")
    var paths: [String]

    @Option(name: .long, help: "Output format: jsonl or tsv.")
    var format: Format = .jsonl

    @OptionGroup var verbosity: VerbosityOptions

    public init() {}

    public func run() throws {
        let corpus = CorpusReader(paths: paths).read()
        for failure in corpus.failures { StandardError.print("citegraph: \(failure)") }
        for warning in corpus.warnings { verbosity.detail("citegraph: \(warning)") }
        guard !corpus.documents.isEmpty else {
            throw CommandError("no document could be read from \(paths.joined(separator: ", "))")
        }
        let citations = Self.citations(in: corpus.documents)
        let output = FileHandle.standardOutput
        var buffer = Data()
        if format == .tsv { buffer.append(Data((ExtractRecord.tsvHeader + "\n").utf8)) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for citation in citations {
            let record = ExtractRecord(citation)
            switch format {
            case .jsonl:
                buffer.append(try encoder.encode(record))
                buffer.append(0x0A)
            case .tsv:
                buffer.append(Data((record.tsvLine + "\n").utf8))
            }
            if buffer.count > 1 << 20 {
                output.write(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        output.write(buffer)
        verbosity.note("citegraph: \(citations.count) citations in \(corpus.documents.count) documents from \(corpus.filesRead) files")
        if !corpus.failures.isEmpty { throw ExitStatus.partial }
    }

    /// The citations of all documents, in document order, extracted on all cores.
    static func citations(in documents: [Document]) -> [Citation] {
        let extractor = CitationExtractor()
        let slots = CitationSlots(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count) { index in
            slots.store(extractor.citations(in: documents[index]), at: index)
        }
        return slots.take().flatMap { $0 }
    }
}

/// Per-document results filled concurrently, each slot by one iteration.
private final class CitationSlots: @unchecked Sendable {
    private var slots: [[Citation]]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: [], count: count) }

    func store(_ citations: [Citation], at index: Int) {
        lock.lock()
        slots[index] = citations
        lock.unlock()
    }

    func take() -> [[Citation]] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}

/// One line of `citegraph extract` output: a citation with every key present (null when missing).
struct ExtractRecord: Encodable {
    var source: String?
    var target: String
    var relation: String
    var language: String
    var file: String
    var paragraph: String
    var quote: String
    var pinpoint: String?
    var theme: String?
    var suspect: Bool
    var suspectReason: String?

    init(_ citation: Citation) {
        source = citation.source?.canonical
        target = citation.target.canonical
        relation = citation.relation.rawValue
        language = citation.language.code
        file = citation.file
        paragraph = citation.paragraph
        quote = citation.quote
        pinpoint = citation.pinpoint
        theme = citation.theme
        suspect = citation.suspect
        suspectReason = citation.suspectReason
    }

    enum CodingKeys: String, CodingKey {
        case source, target, relation, language, file, paragraph, quote, pinpoint, theme, suspect, suspectReason
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(source, forKey: .source)
        try container.encode(target, forKey: .target)
        try container.encode(relation, forKey: .relation)
        try container.encode(language, forKey: .language)
        try container.encode(file, forKey: .file)
        try container.encode(paragraph, forKey: .paragraph)
        try container.encode(quote, forKey: .quote)
        try container.encode(pinpoint, forKey: .pinpoint)
        try container.encode(theme, forKey: .theme)
        try container.encode(suspect, forKey: .suspect)
        try container.encode(suspectReason, forKey: .suspectReason)
    }

    static let tsvHeader = "source\ttarget\trelation\tlanguage\tfile\tparagraph\tquote\tpinpoint\ttheme\tsuspect\tsuspect_reason"

    /// The record as a TSV line: tabs and line breaks inside values become spaces, missing values empty.
    var tsvLine: String {
        let fields = [
            source ?? "", target, relation, language, file, paragraph, quote, pinpoint ?? "", theme ?? "",
            suspect ? "true" : "false", suspectReason ?? "",
        ]
        return fields.map { $0.map { $0 == "\t" || $0.isNewline ? " " : $0 }.reduce(into: "") { $0.append($1) } }
            .joined(separator: "\t")
    }
}
