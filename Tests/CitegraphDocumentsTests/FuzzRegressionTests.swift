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
}
