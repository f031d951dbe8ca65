import Testing
@testable import CitegraphDocuments

@Suite struct DocumentSymbolTests {
    @Test(arguments: [
        ("S/RES/2518 (2020)", "S/RES/2518 (2020)", DocumentKind.securityCouncilResolution),
        ("s/res/2518(2020)", "S/RES/2518 (2020)", .securityCouncilResolution),
        ("S/PRST/2018/10", "S/PRST/2018/10", .presidentialStatement),
        ("A/RES/70/1", "A/RES/70/1", .generalAssemblyResolution),
        ("A/RES/2205(XXI)", "A/RES/2205 (XXI)", .generalAssemblyResolution),
        ("S/2020/476", "S/2020/476", .other),
        ("S/AC.51/2020/3", "S/AC.51/2020/3", .other),
    ])
    func parsesCanonicalForms(text: String, canonical: String, kind: DocumentKind) throws {
        let symbol = try #require(DocumentSymbol(parsing: text))
        #expect(symbol.canonical == canonical)
        #expect(symbol.kind == kind)
    }

    @Test func yearsAndLabels() throws {
        let resolution = DocumentSymbol.securityCouncilResolution(2436, year: 2018)
        #expect(resolution.year == 2018)
        #expect(resolution.resolutionNumber == 2436)
        #expect(resolution.shortLabel == "2436 (2018)")
        #expect(DocumentSymbol.generalAssemblyResolution(session: 21, number: 2205).canonical == "A/RES/2205 (XXI)")
        #expect(try #require(DocumentSymbol(parsing: "S/2020/476")).year == 2020)
    }

    @Test func romanNumerals() {
        #expect(RomanNumeral.parse("XXI") == 21)
        #expect(RomanNumeral.parse("IIII") == nil)
        #expect(RomanNumeral.format(29) == "XXIX")
    }
}
