import Foundation
import Testing
@testable import CitegraphDocuments

/// Identity fields of Akoma Ntoso files whose metadata the UN got wrong or left out; the fixtures are
/// copies of the UN's files (United Nations, unofficial copies), named as in ../shared/corpus where the
/// name matters.
@Suite struct AkomaNtosoIdentityRegressionTests {
    private func read(_ name: String) throws -> FileReadResult {
        try AkomaNtosoReader.readFile(data: Fixtures.data("akn/\(name)"), file: "corpus/akn/PRST/\(name)")
    }

    @Test("S/PRST/2007/22: <docNumber> and FRBRuri say S/RES/1626 (2005); the statement is the statement")
    func statementWhoseDocNumberNamesAResolution() throws {
        let result = try read("S_PRST_2007_22-0739405E.xml")
        let document = try #require(result.documents.first)
        #expect(document.symbol?.canonical == "S/PRST/2007/22")
        #expect(document.kind == .presidentialStatement)
        #expect(document.date == "2007-06-25")
        #expect(document.meeting == 5705)
        #expect(document.title == "Maintenance of international peace and security")
        #expect(result.warnings.contains { $0.kind == .metadataFallback && $0.detail.contains("S/RES/1626 (2005)") })
        // Its own citations keep their targets: it recalls resolution 1625 (2005).
        #expect(document.paragraphs.contains { $0.text.contains("recalls resolution 1625 (2005)") })
    }

    @Test("S/PRST/2000/27/Corr.1: no <docNumber>, an empty FRBRuri; the symbol comes from the file name")
    func corrigendumSymbolFromTheFileName() throws {
        let document = try #require(try read("S_PRST_2000_27_Corr.1-0060049E.xml").documents.first)
        #expect(document.symbol?.canonical == "S/PRST/2000/27/CORR.1")
        #expect(document.kind == .presidentialStatement)
    }

    @Test("Spanish S/RES/2510 (2020): <docNumber> says 2019, the adoption date and the year table say 2020")
    func docNumberYearTypo() throws {
        let result = try read("S_RES_2510_2020_S.xml")
        let document = try #require(result.documents.first)
        #expect(document.symbol?.canonical == "S/RES/2510 (2020)")
        #expect(document.date == "2020-02-12")
        #expect(document.meeting == 8722)
        #expect(result.warnings.contains { $0.detail.contains("S/RES/2510 (2019)") })
    }

    @Test("Arabic S/RES/2504 (2020): the meeting number stands outside the adoptionMeeting inline")
    func arabicMeetingOutsideTheInline() throws {
        let document = try #require(try read("S_RES_2504_2020_A.xml").documents.first)
        #expect(document.meeting == 8700)
    }

    @Test("resolutions take their title from the agenda keyword the XML gives (dictionary S/)")
    func agendaItemAsTitle() throws {
        #expect(try read("S_RES_2504_2020_A.xml").documents.first?.title == "The situation in the Middle East")
        #expect(try read("S_RES_2506_2020_E.xml").documents.first?.title == "The situation in Cyprus")
    }

    @Test("French S/PRST/2000/25: title from « … » after `intitulée`, meeting from `4174e séance`")
    func frenchStatementTitleAndMeeting() throws {
        let document = try #require(try read("S_PRST_2000_25_F.xml").documents.first)
        #expect(document.language == .french)
        #expect(document.title == "Rôle du Conseil de sécurité dans la prévention des conflits armés")
        #expect(document.meeting == 4174)
    }
}
