import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Text from documents cannot inject markup into a published report: a presidential statement whose
/// title holds a script, a `javascript:` link, quotes, backslashes and `&`, cited by a resolution whose
/// theme holds the same, goes through `citegraph report`, and the page and every SVG stay inert.
/// Based on S/PRST/2006/27 (United Nations), its agenda item replaced by hostile text.
@Suite struct ReportInjectionTests {
    static let hostile = #"<script>alert(1)</script> "q" 'a' back\slash \" & javascript:alert(2) <img src=x onerror=alert(3)> ]]> -->"#
    /// The statement's title: the same without double quotes, which end an agenda item's name.
    static let hostileTitle = #"<script>alert(1)</script> 'a' back\slash & javascript:alert(2) <img src=x onerror=alert(3)> ]]> -->"#

    /// The document folder: the statement with a hostile title and a resolution citing it.
    static func corpus(in folder: URL) throws {
        let statement = try String(
            contentsOf: CitegraphProcess.fixtures.appendingPathComponent("akn/S_PRST_2006_27_E.xml"), encoding: .utf8)
        let escaped = hostileTitle.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
        let replaced = statement.replacingOccurrences(of: "Admission of New Members", with: escaped)
        #expect(replaced != statement)
        try replaced.write(to: folder.appendingPathComponent("statement.xml"), atomically: true, encoding: .utf8)
        let resolution = """
            Resolution 2601 (2021)

            Adopted by the Security Council at its 8889th meeting, on 29 October 2021

            The Security Council,

            Recalling the statement of its President S/PRST/2006/27 and its resolutions 1325 (2000) and 2250 (2015) \
            on \(hostile),

            Recalling also its resolutions 1325 (2000) and 2250 (2015) on \(hostile),

            1. Decides to remain seized of the matter.
            """
        try resolution.write(to: folder.appendingPathComponent("resolution.txt"), atomically: true, encoding: .utf8)
    }

    @Test func hostileTitlesAndThemesStayTextInTheReport() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-inject-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("in"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.corpus(in: folder.appendingPathComponent("in"))
        let output = folder.appendingPathComponent("out")
        let run = try CitegraphProcess.run(["report", folder.appendingPathComponent("in").path, "-o", output.path, "--quiet"])
        #expect(run.status == 0, "stderr: \(run.stderr)")

        let page = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        // The title reached the page (as the statement's title in the rankings), escaped.
        let escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &#39;a&#39; back\\slash &amp; javascript:alert(2) &lt;img src=x onerror=alert(3)&gt; ]]&gt; --&gt;"
        #expect(page.contains(escaped), "the statement's title is missing from the page")
        for needle in ["<script", "<img src=x", "href=\"javascript", "href='javascript", "]]>", "-->"] {
            #expect(!page.contains(needle), "index.html holds \(needle)")
        }
        // The only images are the report's own diagrams, beside the page.
        for match in page.matches(of: /<img ([^>]*)>/) {
            #expect(String(match.1).firstMatch(of: /^src="[a-z0-9-]+\.(svg|png)"( width="[0-9]+"( class="wide")?)? alt="[^"<>]*"$/) != nil, "image \(match.0)")
        }
        #expect(page.firstMatch(of: /<[^>]*onerror/) == nil)
        // Every link goes to undocs.org or to a file beside the page.
        for match in page.matches(of: /href="([^"]*)"/) {
            let target = String(match.1)
            #expect(target.hasPrefix("https://undocs.org/") || !target.contains(":"), "link \(target)")
        }

        // Any SVG the report holds parses as XML with no script element and no script link.
        let files = try FileManager.default.contentsOfDirectory(atPath: output.path)
        for file in files where file.hasSuffix(".svg") {
            let data = try Data(contentsOf: output.appendingPathComponent(file))
            let root = try #require(try XMLDocument(data: data, options: []).rootElement())
            var stack = [root]
            while let element = stack.popLast() {
                #expect(element.localName != "script", "\(file) holds a script element")
                for attribute in element.attributes ?? [] {
                    let value = (attribute.stringValue ?? "").lowercased().trimmingCharacters(in: .whitespaces)
                    #expect(!value.hasPrefix("javascript:"), "\(file): \(attribute.name ?? "")=\(value)")
                    #expect(!(attribute.name ?? "").lowercased().hasPrefix("on"), "\(file): event attribute \(attribute.name ?? "")")
                }
                stack += (element.children ?? []).compactMap { $0 as? XMLElement }
            }
        }
    }
}
