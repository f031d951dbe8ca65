import CitegraphDocuments
import Testing
@testable import CitegraphCitations

/// Real differences between the language versions of S/RES/2506 (2020) on Cyprus (UN Akoma Ntoso files):
/// the French text welcomes the report `S/2019/833`, the English and the others `S/2019/883`.
@Suite struct LanguageVersionCrossCheckTests {
    let resolution = DocumentSymbol.securityCouncilResolution(2506, year: 2020)
    let goodOffices = DocumentSymbol.other("S/2019/883", kind: .report)
    let typo = DocumentSymbol.other("S/2019/833", kind: .report)
    let unficyp = DocumentSymbol.securityCouncilResolution(2453, year: 2019)

    func citation(_ target: DocumentSymbol, _ language: Language, _ quote: String) -> Citation {
        Citation(
            source: resolution, target: target, relation: .welcomes, language: language,
            file: "S_RES_2506 (2020)-\(language.code).xml", paragraph: "PP2", quote: quote)
    }

    @Test func reportsWhatOneVersionCitesAndAnotherDoesNot() {
        let citations = [
            citation(goodOffices, .english, "S/2019/883"),
            citation(typo, .french, "S/2019/833"),
            citation(unficyp, .english, "2453 (2019)"),
            citation(unficyp, .french, "2453 (2019)"),
        ]
        let differences = LanguageVersionCrossCheck.differences(in: citations)
        #expect(differences.map(\.target.canonical) == ["S/2019/833", "S/2019/883"])
        #expect(differences[0].citedIn == [.french])
        #expect(differences[0].missingIn == [.english])
        #expect(differences[1].citedIn == [.english])
        #expect(differences[1].missingIn == [.french])
    }

    @Test func aVersionThatCitesNothingStillCounts() {
        let citations = [citation(unficyp, .english, "2453 (2019)")]
        let differences = LanguageVersionCrossCheck.differences(
            in: citations, versions: [resolution: [.english, .chinese]])
        #expect(differences.count == 1)
        #expect(differences.first?.missingIn == [.chinese])
        #expect(LanguageVersionCrossCheck.differences(in: citations).isEmpty)
    }
}
