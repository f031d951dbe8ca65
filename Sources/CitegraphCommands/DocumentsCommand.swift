import ArgumentParser
import CitegraphDocuments

/// `citegraph documents PATH…`: who is speaking in each document — symbol, kind, date, meeting, title, language.
public struct DocumentsCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "documents",
        abstract: "List the documents in files and folders: symbol, kind, date, meeting, title, language.",
        discussion: """
            A file may hold several documents: a President's letter with the resolution annexed gives two.

            Examples:
              citegraph documents ../shared/seeds --format jsonl
              citegraph documents Tests/Fixtures/akn/S_RES_2506_2020_E.xml \\
                  Tests/Fixtures/akn/S_RES_2506_2020_F.xml --format tsv
            """)

    /// The output formats.
    public enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, tsv
    }

    @Argument(help: "Files or folders (read recursively) of UN documents: .xml (Akoma Ntoso), .txt, .md.")
    var paths: [String]

    @Option(help: "Output format: jsonl (one JSON object per document) or tsv (with a header line).")
    var format: Format = .jsonl

    @OptionGroup var verbosity: VerbosityOptions

    public init() {}

    public func run() throws {
        let input = try CorpusLoading.read(paths, verbosity: verbosity)
        var output = ""
        if format == .tsv { output += "symbol\tkind\tdate\tmeeting\ttitle\tlanguage\tparagraphs\tfile\n" }
        for document in input.documents {
            switch format {
            case .jsonl:
                output += Self.record(document).serialized() + "\n"
            case .tsv:
                let fields = [
                    document.symbol?.canonical ?? "", document.kind.rawValue, document.date ?? "",
                    document.meeting.map(String.init) ?? "", document.title ?? "", document.language.code,
                    String(document.paragraphs.count), document.file,
                ]
                output += fields.map(TabSeparated.field).joined(separator: "\t") + "\n"
            }
        }
        print(output, terminator: "")
        throw input.exitCode
    }

    /// The JSON object of one document.
    static func record(_ document: Document) -> JSONValue {
        .object([
            ("symbol", .optional(document.symbol?.canonical)),
            ("kind", .string(document.kind.rawValue)),
            ("date", .optional(document.date)),
            ("meeting", .optional(document.meeting)),
            ("title", .optional(document.title)),
            ("language", .string(document.language.code)),
            ("paragraphs", .integer(document.paragraphs.count)),
            ("file", .string(document.file)),
        ])
    }
}
