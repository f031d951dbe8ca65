import ArgumentParser
import CitegraphCitations
import CitegraphDocuments
import Foundation

/// `citegraph evaluate`: how well extraction agrees with the UN editors' hyperlinks.
public struct EvaluateCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score citation extraction against the undocs.org links in Akoma Ntoso files.",
        discussion: """
            From about 2017 the UN's editors linked nearly every citation in the Akoma Ntoso files. This \
            reads those files, extracts citations from their text and compares, per language, the \
            (source, target) pairs: precision, recall, and the pairs on which they disagree ("missed": \
            linked but not found; "extra": found but not linked, often a citation the editors left \
            unlinked). It also reports how often a link inside a preamble container named by a relation \
            verb (Recalling, Réaffirmant, Taking note, Welcoming, …) gets that relation.

            Examples:
              citegraph evaluate ../shared/corpus/akn --language fr
              citegraph evaluate ../shared/corpus/akn --since 2017 --misses > pairs.tsv
            """)

    @Argument(help: "Akoma Ntoso files or folders.")
    var paths: [String]

    @Option(name: .long, help: "Score only documents in this language (en, fr, es, ru, ar, zh).")
    var language: String?

    @Option(name: .long, help: "Score only documents adopted in this year or later.")
    var since: Int?

    @Flag(name: .long, help: "List every missed and extra pair.")
    var misses = false

    @OptionGroup var verbosity: VerbosityOptions

    public init() {}

    public func run() throws {
        var wanted: Language?
        if let language {
            guard let parsed = Language(identifier: language) else {
                throw ValidationError("unknown language '\(language)': use en, fr, es, ru, ar or zh")
            }
            wanted = parsed
        }
        let (files, missing) = CorpusReader(paths: paths).files()
        for failure in missing { StandardError.print("citegraph: \(failure)") }
        var evaluation = ExtractionEvaluation()
        var failures = missing.count
        for file in files where DocumentReader.xmlExtensions.contains((file as NSString).pathExtension.lowercased()) {
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: file))
                let (document, links, _) = try AkomaNtosoReader.readWithHyperlinks(data: data, file: file)
                if let wanted, document.language != wanted { continue }
                if let since, let year = Self.year(of: document), year < since { continue }
                evaluation.add(document, hyperlinks: links)
            } catch {
                failures += 1
                StandardError.print("citegraph: \(file): \(error)")
            }
        }
        let scores = evaluation.scores
        guard !scores.isEmpty else { throw CommandError("no Akoma Ntoso document to score in \(paths.joined(separator: " "))") }
        var lines = ["language\tdocuments\tlinked\tfound\tagreed\tprecision\trecall\trelations checked\trelation agreement"]
        for score in scores {
            lines.append(
                [score.language.code, "\(score.documents)", "\(score.linked)", "\(score.found)", "\(score.agreed)",
                 String(format: "%.4f", score.precision), String(format: "%.4f", score.recall), "\(score.relationsChecked)",
                 String(format: "%.4f", score.relationAgreement)].joined(separator: "\t"))
        }
        if misses {
            for score in scores {
                for miss in score.missed {
                    lines.append("missed\t\(score.language.code)\t\(miss.source)\t\(miss.target)\t\(miss.quote)\t\(miss.file)")
                }
                for extra in score.extra {
                    lines.append("extra\t\(score.language.code)\t\(extra.source)\t\(extra.target)\t\(extra.quote)\t\(extra.file)")
                }
                for other in score.relationDisagreements {
                    lines.append(
                        "relation\t\(score.language.code)\t\(other.source)\t\(other.target)\t\(other.paragraph) \(other.container) → \(other.found.rawValue)")
                }
            }
        }
        print(lines.joined(separator: "\n"))
        if failures > 0 { throw ExitStatus.partial }
    }

    /// The year of adoption (from the date) or, failing that, the year in the symbol.
    static func year(of document: Document) -> Int? {
        if let date = document.date, let year = Int(date.prefix(4)) { return year }
        return document.symbol?.year
    }
}
