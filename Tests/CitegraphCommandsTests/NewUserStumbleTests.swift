import Foundation
import Testing

/// What a new user typing slightly wrong input meets: usage errors exit 64, unknown documents and
/// themes come with the graph's nearest ones, and summaries read as English. Run on the women, peace
/// and security graph fixture (citations read from the UN's Akoma Ntoso resolutions).
@Suite struct NewUserStumbleTests {
    let graph = CitegraphProcess.fixtures.appendingPathComponent("graph/wps-graph.json").path
    /// An output path the failing runs below never reach.
    static let neverWritten = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-never-\(UUID().uuidString).svg").path

    @Test func wrongOptionValuesAreUsageErrors() throws {
        let kind = try CitegraphProcess.run(["rank", graph, "--kind", "resolutions"])
        #expect(kind.status == 64)
        #expect(kind.stderr.contains("--kind: unknown kind \"resolutions\""))
        let relation = try CitegraphProcess.run(["rank", graph, "--relation", "recall"])
        #expect(relation.status == 64)
        #expect(relation.stderr.contains("--relation: unknown relation \"recall\""))
        let top = try CitegraphProcess.run(["rank", graph, "--top", "-1"])
        #expect(top.status == 64)
        let csv = try CitegraphProcess.run(["export", graph, "--format", "csv"])
        #expect(csv.status == 64)
        #expect(csv.stderr.contains("--format csv needs -o FOLDER"))
        for run in [kind, relation, top, csv] { #expect(run.stdout.isEmpty) }
    }

    @Test func aSymbolWithoutItsYearOrPrefixGetsASuggestion() throws {
        let noYear = try CitegraphProcess.run(["lineage", graph, "S/RES/1325"])
        #expect(noYear.status == 1)
        #expect(noYear.stderr.contains("the graph holds no document S/RES/1325; did you mean \"S/RES/1325 (2000)\"?"))
        let noPrefix = try CitegraphProcess.run(["lineage", graph, "1325 (2000)"])
        #expect(noPrefix.status == 1)
        #expect(noPrefix.stderr.contains("is not a UN document symbol"))
        #expect(noPrefix.stderr.contains("did you mean \"S/RES/1325 (2000)\"?"))
        let wrongYear = try CitegraphProcess.run(["render", graph, "--view", "neighbourhood", "S/RES/1820 (2009)", "-o", Self.neverWritten])
        #expect(wrongYear.status == 1)
        #expect(wrongYear.stderr.contains("did you mean \"S/RES/1820 (2008)\"?"))
        // Nothing near: no suggestion at all.
        let unknown = try CitegraphProcess.run(["lineage", graph, "S/RES/9999 (2030)"])
        #expect(unknown.status == 1)
        #expect(!unknown.stderr.contains("did you mean"))
    }

    @Test func aMisspelledCommandIsNamedWithTheNearestOnes() throws {
        let run = try CitegraphProcess.run(["rnak", "graph.json"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("unknown command 'rnak'; did you mean 'rank'?"))
        let far = try CitegraphProcess.run(["draw", "graph.json"])
        #expect(far.status == 64)
        #expect(far.stderr.contains("unknown command 'draw' (commands: report, documents, extract, build, rank,"))
        let bare = try CitegraphProcess.run([])
        #expect(bare.status == 0)
        #expect(bare.stdout.contains("SUBCOMMANDS:"))
        // Subcommands and their options still parse as before.
        let help = try CitegraphProcess.run(["rank", "--help"])
        #expect(help.status == 0 && help.stdout.contains("USAGE: citegraph rank"))
    }

    @Test func inDegreeIsAnIntegerInJSONAsInTSV() throws {
        let run = try CitegraphProcess.run(["rank", graph, "--top", "1", "--format", "jsonl"])
        #expect(run.status == 0)
        // 1325 (2000): cited by 10 of the fixture's documents, 43 times.
        #expect(run.stdout.hasPrefix("{\"symbol\":\"S/RES/1325 (2000)\",\"score\":10,\"occurrences\":43,"))
    }

    @Test func exportSaysWhatItWrote() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-newuser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("graph.gexf").path
        let run = try CitegraphProcess.run(["export", graph, "--format", "gexf", "-o", output])
        #expect(run.status == 0)
        let nodes = try CitegraphProcess.run(["export", graph, "--format", "csv", "-o", folder.path, "--quiet"])
        #expect(nodes.status == 0 && nodes.stderr.isEmpty)
        let rows = try String(contentsOf: folder.appendingPathComponent("nodes.csv"), encoding: .utf8).split(separator: "\n").count
        // The summary counts the documents the file holds (one header line in nodes.csv).
        #expect(run.stderr.hasPrefix("citegraph: \(output): \(rows - 1) documents, "))
        #expect(run.stderr.hasSuffix(" typed edges as gexf\n"))
    }

    @Test func aFileThatIsNoGraphIsNamedAsGiven() throws {
        let document = CitegraphProcess.fixtures.appendingPathComponent("akn/S_RES_2506_2020_E.xml").path
        let run = try CitegraphProcess.run(["rank", document])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(document): not a node-link JSON graph: "))
        #expect(run.stderr.contains("graphs come from `citegraph build … -o graph.json` or `citegraph report`"))
    }

    @Test func aThemeWithoutItsCommasGetsASuggestion() throws {
        let agenda = try CitegraphProcess.run(["agenda", graph, "women peace and security"])
        #expect(agenda.status == 1)
        #expect(agenda.stderr.contains("did you mean \"women, peace and security\"?"))
        let render = try CitegraphProcess.run(["render", graph, "--view", "agenda", "Women Peace Security", "-o", Self.neverWritten])
        #expect(render.status == 1)
        #expect(render.stderr.contains("did you mean \"women, peace and security\"?"))
    }

    @Test func reportRefusesAFileAsItsFolderBeforeReading() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-newuser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("notes.md")
        try Data("my notes".utf8).write(to: file)
        let run = try CitegraphProcess.run(["report", "-o", file.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(file.path): is a file; -o takes the folder"))
        #expect(!run.stderr.contains("read "))  // refused before reading the bundled corpus
        #expect(try String(contentsOf: file, encoding: .utf8) == "my notes")
    }

    @Test func buildSummaryCountsInEnglish() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-newuser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = CitegraphProcess.fixtures.appendingPathComponent("akn/S_RES_2506_2020_E.xml").path
        let run = try CitegraphProcess.run(["build", input, "-o", folder.appendingPathComponent("graph.json").path])
        #expect(run.status == 0)
        #expect(run.stderr.contains("citegraph: read 1 document from 1 file\n"))
        // S/RES/2506 (2020) and the documents it cites: one read, the rest only cited.
        #expect(run.stderr.contains("(1 read, "))
        #expect(run.stderr.contains(" only cited), "))
    }

    @Test func reportTablesUseTheColumnsOfRank() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-newuser-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = CitegraphProcess.fixtures.appendingPathComponent("rendering").path
        let run = try CitegraphProcess.run(["report", input, "-o", folder.path, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let tsv = try String(contentsOf: folder.appendingPathComponent("most-cited.tsv"), encoding: .utf8)
        let rows = tsv.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows[0] == ["symbol", "score", "occurrences", "year", "kind", "title"])
        // 2467 (2019) and 2493 (2019) both cite 1325 (2000): an in-degree written as the integer `rank` prints.
        #expect(rows[1].prefix(2) == ["S/RES/1325 (2000)", "2"])
        let rank = try CitegraphProcess.run(["rank", folder.appendingPathComponent("graph.json").path, "--top", "1"])
        #expect(rank.stdout.split(separator: "\n")[0].split(separator: "\t").prefix(3) == ["symbol", "score", "occurrences"])
        let page = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(page.contains("<td class=\"symbol\"><a href=\"https://undocs.org/S/RES/1325%20(2000)\">1325 (2000)</a></td>"))
        #expect(page.contains("td.symbol { white-space: nowrap; }"))
        #expect(page.contains("<em>cited by</em>: how many documents cite it"))
    }
}
