import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `citegraph render` on the graph of the women, peace and security resolutions (Tests/Fixtures/graph).
@Suite struct RenderCommandTests {
    static let graph = CitegraphProcess.fixtures.appendingPathComponent("graph/wps-graph.json").path

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func lineageSVGLinksEveryDocumentToUndocs() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("1820.svg").path
        let run = try CitegraphProcess.run(["render", Self.graph, "--view", "lineage", "S/RES/1820 (2008)", "--depth", "1", "-o", output])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("pruned: depth limited to 1 step"))
        let document = try XMLDocument(data: Data(contentsOf: URL(fileURLWithPath: output)), options: [])
        let links = try document.nodes(forXPath: "//*[local-name()='a']/@*[local-name()='href']").compactMap(\.stringValue)
        #expect(links.contains("https://undocs.org/S/RES/1820%20%282008%29"))
        #expect(links.contains("https://undocs.org/S/PRST/2007/5"))
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: output)), as: UTF8.self)
        #expect(text.contains("depth limited to 1 step: "))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["1820.svg"])
    }

    @Test func formatFollowsTheExtensionOrTheOption() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func render(_ name: String, _ extra: [String] = []) throws -> Data {
            let path = folder.appendingPathComponent(name).path
            let run = try CitegraphProcess.run(["render", Self.graph, "--view", "top", "--limit", "5", "-o", path, "-q"] + extra)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stderr.isEmpty)
            return try Data(contentsOf: URL(fileURLWithPath: path))
        }
        #expect(try render("top.png").starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let laidOut = String(decoding: try render("top.dot"), as: UTF8.self)
        #expect(laidOut.contains("pos=\""))
        let plain = String(decoding: try render("top.gv"), as: UTF8.self)
        #expect(plain.hasPrefix("digraph citations {"))
        #expect(!plain.contains("pos=\""))
        #expect(plain.contains("\"S/RES/1325 (2000)\""))
        #expect(try render("top.txt", ["--format", "plain-dot"]) == Data(plain.utf8))
        #expect(try render("again.gv") == Data(plain.utf8))
    }

    @Test func unknownSymbolIsNamedAndNothingIsWritten() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("x.svg").path
        let run = try CitegraphProcess.run(["render", Self.graph, "--view", "neighbourhood", "S/RES/9999 (2030)", "-o", output])
        #expect(run.status == 1)
        #expect(run.stderr.contains("wps-graph.json: the graph holds no document S/RES/9999 (2030)"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)

        let theme = try CitegraphProcess.run(["render", Self.graph, "--view", "agenda", "climate and security", "-o", output])
        #expect(theme.status == 1)
        #expect(theme.stderr.contains("no citation in the graph names the theme \"climate and security\""))

        let missing = try CitegraphProcess.run(["render", folder.appendingPathComponent("none.json").path, "--view", "top", "-o", output])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("none.json: no such file"))
    }

    @Test func usageErrorsExit64() throws {
        let noSubject = try CitegraphProcess.run(["render", Self.graph, "--view", "lineage", "-o", "/tmp/never.svg"])
        #expect(noSubject.status == 64)
        #expect(noSubject.stderr.contains("--view lineage needs a document symbol"))
        let badExtension = try CitegraphProcess.run(["render", Self.graph, "--view", "top", "-o", "/tmp/never.jpeg"])
        #expect(badExtension.status == 64)
        #expect(badExtension.stderr.contains("cannot tell the format from the extension"))
        let badView = try CitegraphProcess.run(["render", Self.graph, "--view", "sunburst", "-o", "/tmp/never.svg"])
        #expect(badView.status == 64)
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never.svg"))
    }

    /// A graph whose titles hold markup (Tests/Fixtures/graph/hostile-graph.json): the SVG shows it as text.
    @Test func hostileTitlesStayText() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let graph = CitegraphProcess.fixtures.appendingPathComponent("graph/hostile-graph.json").path
        let output = folder.appendingPathComponent("hostile.svg").path
        let run = try CitegraphProcess.run(["render", graph, "--view", "neighbourhood", "S/RES/1325 (2000)", "-o", output, "-q"])
        #expect(run.status == 0, "\(run.stderr)")
        let data = try Data(contentsOf: URL(fileURLWithPath: output))
        let document = try XMLDocument(data: data, options: [])
        let titles = try document.nodes(forXPath: "//*[local-name()='a']/@*[local-name()='title']").compactMap(\.stringValue)
        #expect(titles.contains(#"S/RES/1325 (2000) — <script>alert(1)</script> "quoted" back\slash \N & javascript:alert(2) — 2000-10-31"#))
        #expect(titles.contains("S/RES/1820 (2008) — Women & <b>peace</b> — 2008-06-19"))
        #expect(try document.nodes(forXPath: "//*[local-name()='script' or local-name()='b']").isEmpty)
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("<script"))
        #expect(!text.contains("href=\"javascript"))
    }

    @Test func helpShowsExamples() throws {
        let run = try CitegraphProcess.run(["render", "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("citegraph render report/graph.json --view lineage \"S/RES/1325 (2000)\" \\\n      -o 1325.svg"))
    }
}
