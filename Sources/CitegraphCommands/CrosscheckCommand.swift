import ArgumentParser
import CitegraphCitations
import CitegraphDocuments

/// `citegraph crosscheck PATH…`: what one language version of a document cites and another does not.
public struct CrosscheckCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "crosscheck",
        abstract: "Compare the citations of each document's language versions.",
        discussion: """
            Reads every document, groups the language versions of each (one symbol, several languages), \
            and lists the citations some versions make and others do not: typos in symbols, dropped \
            or added references.

            Examples:
              citegraph crosscheck ../shared/corpus/akn/2020
              citegraph crosscheck Tests/Fixtures/akn/S_RES_2506_2020_E.xml \\
                  Tests/Fixtures/akn/S_RES_2506_2020_F.xml --format jsonl
            """)

    @Argument(help: "Files or folders (read recursively) holding several language versions of documents.")
    var paths: [String]

    @Option(help: "Output format: tsv (with a header line) or jsonl.")
    var format: DocumentsCommand.Format = .tsv

    @OptionGroup var verbosity: VerbosityOptions

    public init() {}

    public func run() throws {
        let input = try CorpusLoading.read(paths, verbosity: verbosity)
        let extractor = CitationExtractor()
        var versions: [DocumentSymbol: Set<Language>] = [:]
        var citations: [Citation] = []
        for document in input.documents {
            guard let symbol = document.symbol else { continue }
            versions[symbol, default: []].insert(document.language)
            citations += extractor.citations(in: document)
        }
        let differences = LanguageVersionCrossCheck.differences(in: citations, versions: versions)
        var output = format == .tsv ? "document\ttarget\tcited_in\tmissing_in\n" : ""
        for difference in differences {
            let citedIn = difference.citedIn.map(\.code)
            let missingIn = difference.missingIn.map(\.code)
            switch format {
            case .tsv:
                output += "\(difference.document.canonical)\t\(difference.target.canonical)\t"
                    + "\(citedIn.joined(separator: ","))\t\(missingIn.joined(separator: ","))\n"
            case .jsonl:
                output += JSONValue.object([
                    ("document", .string(difference.document.canonical)),
                    ("target", .string(difference.target.canonical)),
                    ("cited_in", .array(citedIn.map(JSONValue.string))),
                    ("missing_in", .array(missingIn.map(JSONValue.string))),
                ]).serialized() + "\n"
            }
        }
        print(output, terminator: "")
        let compared = versions.values.filter { $0.count > 1 }.count
        verbosity.note("citegraph: \(differences.count) differences across \(compared) documents read in more than one language")
        throw input.exitCode
    }
}
