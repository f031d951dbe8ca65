import Foundation
import Testing

/// The diagrams `citegraph report` writes, from resolutions 2467 (2019) and 2493 (2019) on women and
/// peace and security (Tests/Fixtures/rendering, United Nations).
@Suite struct ReportDiagramsTests {
    @Test func reportDrawsAgendaLineageOverviewNeighbourhoodAndCorpus() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-report-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = CitegraphProcess.fixtures.appendingPathComponent("rendering").path
        let run = try CitegraphProcess.run(["report", input, "-o", folder.path, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let page = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
        let stems = ["lineage-women-peace-and-security", "agenda-women-peace-and-security", "most-cited", "neighbourhood", "corpus"]
        for stem in stems {
            #expect(page.contains("<img src=\"\(stem).svg\""), "\(stem) missing from the page")
            let png = try Data(contentsOf: folder.appendingPathComponent(stem + ".png"))
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        }
        #expect(page.contains("Lineage of the agenda “women, peace and security” from S/RES/1325 (2000)"))
        #expect(page.contains("Neighbourhood of S/RES/1325 (2000), the most cited document"))
        // The neighbourhood of 1325 (2000): the two resolutions citing it, each linked.
        let svg = try String(contentsOf: folder.appendingPathComponent("neighbourhood.svg"), encoding: .utf8)
        #expect(svg.contains("xlink:href=\"https://undocs.org/S/RES/2467%20%282019%29\""))
        #expect(svg.contains("xlink:href=\"https://undocs.org/S/RES/2493%20%282019%29\""))
    }
}
