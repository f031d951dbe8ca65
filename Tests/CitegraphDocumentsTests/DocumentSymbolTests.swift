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

@Suite struct DocumentSymbolIdentityTests {
    @Test func identityIsTheCanonicalTextNotTheKindATextGave() {
        let asReport = DocumentSymbol.other("S/2019/883", kind: .report)
        let plain = DocumentSymbol.other("S/2019/883")
        #expect(asReport == plain)
        #expect(Set([asReport, plain]).count == 1)
        #expect(!(asReport < plain) && !(plain < asReport))
    }

    @Test func ordersCouncilResolutionsByYearThenNumber() {
        let symbols = [
            DocumentSymbol.other("S/2020/476"), .presidentialStatement(year: 2018, number: 10),
            .securityCouncilResolution(2436, year: 2018), .securityCouncilResolution(1325, year: 2000),
            .generalAssemblyResolution(session: 70, number: 1),
        ]
        #expect(symbols.sorted().map(\.canonical) == [
            "S/RES/1325 (2000)", "S/RES/2436 (2018)", "S/PRST/2018/10", "A/RES/70/1", "S/2020/476",
        ])
    }
    /// Years and numbers read from the bytes of ASCII symbols agree with the general reading that
    /// non-ASCII symbols still take.
    @Test(arguments: [
        ("S/RES/2436 (2018)", DocumentKind.securityCouncilResolution, 2018 as Int?, 2436 as Int?),
        ("S/RES/2436", .securityCouncilResolution, nil, 2436),
        ("S/RES/99999999999999999999 (2018)", .securityCouncilResolution, 2018, nil),
        ("S/AC.51/2020/3", .other, 2020, nil),
        ("S/PRST/2014/5", .presidentialStatement, 2014, nil),
        ("A/RES/70/1", .generalAssemblyResolution, nil, nil),
        ("S/1944/2101/1999", .other, 1999, nil),
        ("S/+200/2020", .other, 2020, nil),
        ("E/CN.4/RÉS/2020/1", .other, 2020, nil),
        ("S/RES/٢٠٢٠ (2020)", .securityCouncilResolution, 2020, nil),
    ])
    func yearAndNumberFromTheCanonicalText(_ text: String, _ kind: DocumentKind, _ year: Int?, _ number: Int?) {
        let symbol = DocumentSymbol(canonical: text, kind: kind)
        #expect(symbol.year == year)
        #expect(symbol.resolutionNumber == number)
    }
}
