import Foundation
import Testing

@Suite struct DocumentsCommandTests {
    @Test func listsEveryDocumentOfTheSeedsIncludingAnnexedResolutions() throws {
        let seeds = CitegraphProcess.fixtures.appendingPathComponent("seeds").path
        let run = try CitegraphProcess.run(["documents", seeds, "--format", "jsonl", "--quiet"])
        #expect(run.status == 0)
        let records = try run.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let symbols = records.compactMap { $0["symbol"] as? String }
        #expect(symbols.contains("S/RES/2553 (2020)"))
        #expect(symbols.contains("S/RES/2531 (2020)"))
        #expect(symbols.contains("S/RES/2594 (2021)"))
        #expect(symbols.filter { $0 == "S/RES/2518 (2020)" }.count == 2)  // annexed to two letters
        let resolution2594 = try #require(records.first { $0["symbol"] as? String == "S/RES/2594 (2021)" })
        #expect(resolution2594["language"] as? String == "zh")
        #expect(resolution2594["date"] as? String == "2021-09-09")
        #expect(resolution2594["meeting"] as? Int == 8852)
        #expect(records.filter { $0["kind"] as? String == "letter" }.count == 4)
    }

    @Test func namesABadFileAndGoesOnWithTheRest() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-docs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let seed = CitegraphProcess.fixtures.appendingPathComponent("seeds/003_6bb09af84bcb3a26.txt")
        try FileManager.default.copyItem(at: seed, to: folder.appendingPathComponent("2594.txt"))
        try Data([0x00, 0xFF, 0xFE, 0x00, 0x01, 0x02, 0x03]).write(to: folder.appendingPathComponent("broken file.txt"))
        let run = try CitegraphProcess.run(["documents", folder.path, "--format", "tsv"])
        #expect(run.status == 3)
        #expect(run.stderr.contains("broken file.txt"))
        #expect(run.stdout.hasPrefix("symbol\tkind\tdate"))
        #expect(run.stdout.contains("S/RES/2594 (2021)"))
    }

    @Test func failsClearlyWhenNothingCanBeRead() throws {
        let run = try CitegraphProcess.run(["documents", "/nonexistent/citegraph-input"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("/nonexistent/citegraph-input"))
    }
}
