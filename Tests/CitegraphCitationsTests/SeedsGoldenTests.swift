import Foundation
import Testing

import CitegraphDocuments
@testable import CitegraphCitations

/// The five seed documents read end to end (documents reader, then extractor), compared with the
/// citation table a careful reader made of them (Tests/Fixtures/citations/seeds-golden.tsv).
@Suite("Seeds: extraction against the hand-made golden table")
struct SeedsGoldenTests {
    struct Row: Hashable, CustomStringConvertible {
        var file: String
        var source: String
        var target: String
        var relation: String
        var description: String { "\(file)\t\(source)\t\(target)\t\(relation)" }
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func golden() throws -> Set<Row> {
        let text = try String(contentsOf: fixtures.appendingPathComponent("citations/seeds-golden.tsv"), encoding: .utf8)
        var rows: Set<Row> = []
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4 else { continue }
            rows.insert(Row(file: fields[0], source: fields[1], target: fields[2], relation: fields[3]))
        }
        return rows
    }

    @Test("every citation of the golden table is found, with its relation, and nothing else")
    func seeds() throws {
        let golden = try Self.golden()
        #expect(golden.count == 76)
        let folder = Self.fixtures.appendingPathComponent("seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(names.count == 5)
        let extractor = CitationExtractor()
        var found: Set<Row> = []
        for name in names {
            let documents = try DocumentReader.read(contentsOf: folder.appendingPathComponent(name))
            for document in documents {
                for citation in extractor.citations(in: document) {
                    found.insert(
                        Row(
                            file: name, source: citation.source?.canonical ?? "", target: citation.target.canonical,
                            relation: citation.relation.rawValue))
                }
            }
        }
        let missed = golden.subtracting(found).sorted { $0.description < $1.description }
        let extra = found.subtracting(golden).sorted { $0.description < $1.description }
        #expect(missed.isEmpty, "missed:\n\(missed.map(\.description).joined(separator: "\n"))")
        #expect(extra.isEmpty, "extra:\n\(extra.map(\.description).joined(separator: "\n"))")
    }
}
