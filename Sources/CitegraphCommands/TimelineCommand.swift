import ArgumentParser
import CitegraphAnalysis
import CitegraphGraph
import Foundation

/// `citegraph timeline`: how much citing happened each year.
public struct TimelineCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Count citations per year of the citing document.",
        discussion: """
            TSV with a header: year, citing_documents (documents of that year citing anything), cited_pairs \
            (distinct citing–cited pairs), occurrences (every mention, in every language version). Citing \
            documents without a known year are counted on stderr.

            Examples:
              citegraph timeline report/graph.json
              citegraph timeline report/graph.json --relation reaffirms
            """)

    @Argument(help: "A graph in node-link JSON, as written by `citegraph build`.")
    var graph: String

    @Option(name: .long, parsing: .upToNextOption, help: "Count only citations with these relations.")
    var relation: [String] = []

    @OptionGroup var verbosity: VerbosityOptions

    public init() {}

    public func run() throws {
        let graph = try GraphArguments.load(self.graph, verbosity: verbosity)
        let result = CitationsPerYear(relations: try GraphArguments.relations(relation)).count(in: graph)
        var output = "year\tciting_documents\tcited_pairs\toccurrences\n"
        for year in result.years {
            output += "\(year.year)\t\(year.citingDocuments)\t\(year.citedPairs)\t\(year.occurrences)\n"
        }
        FileHandle.standardOutput.write(Data(output.utf8))
        if result.undatedCitingDocuments > 0 {
            verbosity.note("\(self.graph): \(result.undatedCitingDocuments) citing documents without a known year are not counted")
        }
    }
}
