import Foundation
import Testing
@testable import CitegraphDocuments

/// Inputs on which Scripts/fuzz once crashed Citegraph, kept so the fixes stay fixed.
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz-regressions")

    /// `A/RES/00/1` named General Assembly session 0, which has no Roman numeral: a precondition failure.
    @Test func generalAssemblySessionZeroIsAnOrdinarySymbol() throws {
        let input = try String(contentsOf: Self.folder.appendingPathComponent("symbol-ga-session-zero"), encoding: .utf8)
        let symbol = try #require(DocumentSymbol(parsing: input))
        #expect(symbol.canonical == "A/RES/00/1")
        #expect(symbol.kind == .other)
        #expect(DocumentSymbol(parsing: symbol.canonical) == symbol)
        #expect(DocumentSymbol.generalAssemblyResolution(session: 0, number: 1).canonical == "A/RES/0/1")
    }

    /// An unclosed `<a>` holding another link to the same address: joining links across white space
    /// took a prefix of negative length (a crash). The input is S/RES/2596 (2021) in French (United
    /// Nations) as Scripts/fuzz cut and mutated it.
    @Test func linkInsideALinkToTheSameAddress() throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent("akn-link-inside-same-link.xml"))
        let result = try DocumentReader.readFile(data: data, file: "fuzzed.xml")
        #expect(result.warnings.contains { $0.kind == .repairedXML })
        #expect(result.documents.count == 1)

        let markup = try MarkupScanner.scan(Array(#"<p>see <a href="x">one, <a href="x">two</a> and</a> more</p>"#.utf8))
        var inline = AkomaNtosoInlineText()
        inline.append(markup.root)
        #expect(inline.text == "see one, two and more")
        #expect(inline.links.map(\.text) == ["two", "one, two and"])
        #expect(inline.links.allSatisfy { $0.href == "x" })
    }
}
