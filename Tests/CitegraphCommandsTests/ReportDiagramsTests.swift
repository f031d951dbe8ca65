import CitegraphCommands
import Foundation
import Testing

/// The diagrams `citegraph report` writes, from resolutions 2467 (2019) and 2493 (2019) on women and
/// peace and security (Tests/Fixtures/rendering, United Nations).
@Suite struct ReportDiagramsTests {
    @Test func reportDrawsAgendaLineageOverviewNeighbourhoodAndCorpus() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-report-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = CitegraphProcess.fixtures.appendingPathComponent("rendering").path
        let run = try CitegraphProcess.run(["report", input, "-o", folder.path, "--quiet", "--png"])
        #expect(run.status == 0, "\(run.stderr)")
        let page = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
        let stems = ["lineage-women-peace-and-security", "agenda-women-peace-and-security", "most-cited", "neighbourhood", "corpus"]
        for stem in stems {
            // Shown at the SVG's own width (points are 4/3 of a CSS pixel) while it fits the page, else at
            // three quarters of it at least, scrolling sideways.
            let svg = try String(contentsOf: folder.appendingPathComponent(stem + ".svg"), encoding: .utf8)
            let points = try #require(svg.firstMatch(of: /<svg width="(\d+)pt"/).flatMap { Double($0.1) })
            let natural = Int((points * 4 / 3).rounded())
            let shown = natural <= 1150 ? natural : max(1150, Int((Double(natural) * 0.75).rounded()))
            let wide = shown > 1150 ? " class=\"wide\"" : ""
            #expect(page.contains("<img src=\"\(stem).svg\" width=\"\(shown)\"\(wide) alt="), "\(stem) missing from the page")
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

    @Test func reportWritesPNGsOnlyWhenAsked() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-report-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = CitegraphProcess.fixtures.appendingPathComponent("rendering").path
        let run = try CitegraphProcess.run(["report", input, "-o", folder.path, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(files.contains("corpus.svg"))
        #expect(files.filter { $0.hasSuffix(".svg") }.count == 5)
        #expect(!files.contains { $0.hasSuffix(".png") })
    }

    @Test func wideDiagramsScrollAtThreeQuartersRatherThanShrinkToThePage() {
        // A diagram as wide as the corpus's lineage of 1325 (2000), 2,755 points: 3,673 pixels.
        #expect(ReportPage.Diagram.displayWidth(naturalWidth: 3_673) == 2_755)
        let page = ReportPage.Diagram(title: "Lineage", file: "lineage.svg", caption: "Wide.", width: 2_755)
        #expect(page.width.map { $0 > ReportPage.Diagram.pageWidth } == true)
        // Slightly wider than the page: shrunk to it (at least three quarters of its size).
        #expect(ReportPage.Diagram.displayWidth(naturalWidth: 1_400) == 1_150)
        #expect(ReportPage.Diagram.displayWidth(naturalWidth: 900) == 900)
    }
}
