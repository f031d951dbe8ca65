import Foundation
import Testing
@testable import CitegraphDocuments

@Suite struct AkomaNtosoReaderTests {
    private func read(_ name: String) throws -> Document {
        let documents = try AkomaNtosoReader.read(data: Fixtures.data("akn/\(name)"), file: name)
        #expect(documents.count == 1)
        return try #require(documents.first)
    }

    private func labels(_ document: Document, prefix: String) -> [String] {
        document.paragraphs.map(\.label).filter { $0.hasPrefix(prefix) && !$0.contains("(") && $0.dropFirst(prefix.count).allSatisfy(\.isNumber) }
    }

    @Test func englishResolutionIdentityAndParagraphs() throws {
        let document = try read("S_RES_2531_2020_E.xml")
        #expect(document.symbol?.canonical == "S/RES/2531 (2020)")
        #expect(document.kind == .securityCouncilResolution)
        #expect(document.date == "2020-06-29")
        #expect(document.meeting == nil)  // adopted by written procedure: the file names no meeting
        #expect(document.language == .english)
        // 24 preamble containers and 65 numbered paragraphs in the XML.
        #expect(labels(document, prefix: "PP").count == 24)
        #expect(labels(document, prefix: "OP").count == 65)
        let byLabel = Dictionary(document.paragraphs.map { ($0.label, $0.text) }, uniquingKeysWith: { first, _ in first })
        #expect(byLabel["PP22"] == "Taking note of the report of the Secretary-General (S/2020/476) and the letter of the Secretary-General (S/2020/481),")
        #expect(byLabel["OP65"] == "Decides to remain actively seized of the matter.")
        // Nested points: priority task (a), its roman items, and bullets under (a)(iii).
        #expect(byLabel["OP28(a)"] == "Support to the implementation of the Agreement on Peace and Reconciliation in Mali")
        #expect(byLabel["OP28(a)(iii)(•1)"]?.hasPrefix("to support, monitor and supervise the ceasefire") == true)
        #expect(byLabel["OP28(c)(ii)"]?.hasPrefix("In support of the Malian authorities, to take active steps") == true)
        // No tag debris and no doubled spaces anywhere.
        for paragraph in document.paragraphs {
            #expect(!paragraph.text.contains("  "))
            #expect(!paragraph.text.contains("<"))
        }
    }

    @Test func englishResolutionHyperlinks() throws {
        let links = try AkomaNtosoReader.hyperlinks(data: Fixtures.data("akn/S_RES_2531_2020_E.xml"), file: "2531")
        // 31 <a> elements; "2480" and "(2019)" are one citation split over two links.
        #expect(links.count == 30)
        #expect(links.first == Hyperlink(paragraph: "PP3", href: "https://undocs.org/en/S/PRST/2018/10", text: "S/PRST/2018/10", container: "Reaffirming"))
        #expect(links.contains(Hyperlink(paragraph: "OP2", href: "https://undocs.org/en/S/RES/2480(2019)", text: "2480 (2019)")))
        #expect(links.contains(Hyperlink(paragraph: "PP22", href: "https://undocs.org/en/S/2020/481", text: "S/2020/481", container: "Taking note")))
        #expect(links.filter { $0.paragraph == "OP38" }.map(\.text) == ["2391", "S/2020/476", "2391", "2391", "2391", "2391", "2391"])
        #expect(links.allSatisfy { $0.paragraph.hasPrefix("PP") == ($0.container != nil) })
    }

    @Test func arabicResolutionNestsPlainTextSubItems() throws {
        let document = try read("S_RES_2514_2020_A.xml")
        #expect(document.symbol?.canonical == "S/RES/2514 (2020)")
        #expect(document.language == .arabic)
        #expect(document.date == "2020-03-12")
        #expect(document.meeting == 8744)
        #expect(labels(document, prefix: "PP").count == 37)
        #expect(labels(document, prefix: "OP").count == 43)
        let labelList = document.paragraphs.map(\.label)
        // "‘4’" is plain text and "’5‘" a <num>: both are items of (أ) under paragraph 8, not paragraphs 4 and 5.
        #expect(labelList.contains("OP8(أ)(4)"))
        #expect(labelList.contains("OP8(أ)(5)"))
        #expect(labelList.contains("OP8(د)(4)"))
        #expect(labelList.filter { $0 == "OP5" }.count == 1)
        let five = try #require(document.paragraphs.first { $0.label == "OP8(أ)(5)" })
        #expect(five.text.hasPrefix("ردع العنف الجنسي والجنساني"))
    }

    @Test func chineseResolutionWithEmptyDocNumberFallsBackToFRBRuri() throws {
        let result = try AkomaNtosoReader.readFile(data: Fixtures.data("akn/S_RES_2511_2020_C.xml"), file: "2511C")
        let document = try #require(result.documents.first)
        #expect(document.symbol?.canonical == "S/RES/2511 (2020)")
        #expect(document.language == .chinese)
        #expect(document.meeting == 8732)
        #expect(document.date == "2020-02-25")
        #expect(result.warnings.contains { $0.kind == .metadataFallback && $0.detail.contains("FRBRuri") })
        #expect(labels(document, prefix: "PP").count == 18)
        #expect(labels(document, prefix: "OP").count == 14)
        #expect(document.paragraphs.first?.text == "回顾其以往关于也门的所有相关决议和主席声明，")
    }

    @Test func frenchResolutionMeetingFromOrdinal() throws {
        let document = try read("S_RES_2596_2021_F.xml")
        #expect(document.symbol?.canonical == "S/RES/2596 (2021)")
        #expect(document.language == .french)
        #expect(document.meeting == 8862)
        #expect(document.date == "2021-09-17")
        #expect(document.paragraphs.map(\.label) == ["PP1", "PP2", "PP3", "PP4", "PP5", "PP6", "OP1", "OP2", "OP3", "OP4", "OP5", "OP6"])
        let links = try AkomaNtosoReader.hyperlinks(data: Fixtures.data("akn/S_RES_2596_2021_F.xml"), file: "2596F")
        #expect(links.first == Hyperlink(paragraph: "PP1", href: "https://undocs.org/fr/S/RES/2543(2020)", text: "2543 (2020)", container: "Rappelant"))
    }

    @Test func languageComesFromMetadataNotFolder() throws {
        // A Spanish text filed in the corpus's Russian folder.
        let document = try read("SC_2567_2021_S_in_Russian_folder.xml")
        #expect(document.language == .spanish)
        #expect(document.symbol?.canonical == "S/RES/2567 (2021)")
        #expect(labels(document, prefix: "OP").count == 30)
        #expect(document.paragraphs.map(\.label).contains("OP3(a)(x)"))
    }

    @Test func malformedStatementIsRecoveredWithAWarning() throws {
        let result = try AkomaNtosoReader.readFile(data: Fixtures.data("akn/S_PRST_2006_27_E.xml"), file: "prst")
        #expect(result.warnings.contains { $0.kind == .repairedXML && $0.detail.contains("</docTitle>") })
        let document = try #require(result.documents.first)
        #expect(document.symbol?.canonical == "S/PRST/2006/27")
        #expect(document.kind == .presidentialStatement)
        #expect(document.date == "2006-06-22")
        #expect(document.meeting == 5473)
        #expect(document.title == "Admission of New Members")
        #expect(document.paragraphs.map(\.label) == ["P1", "P2", "P3", "P4"])
        #expect(document.paragraphs[1].text.hasPrefix("“The Security Council has decided to recommend to the General Assembly"))
    }

    @Test func symbolFromWorkURI() {
        #expect(AkomaNtosoIdentity.symbol(fromWorkURI: "/akn/un/statement/deliberation/unsc/2021-09-17/2596-2021/", statementName: "resolution")?.canonical == "S/RES/2596 (2021)")
        #expect(AkomaNtosoIdentity.symbol(fromWorkURI: "/akn/un/doc/paper/un/2020-12-04/2020-11/", statementName: "resolution")?.canonical == "S/PRST/2020/11")
        #expect(AkomaNtosoIdentity.symbol(fromWorkURI: "/akn/un/statement/deliberation/unsc/2000-08-09//", statementName: "presidentialStatement") == nil)
    }

    @Test func citationSplitOverSeveralLinksIsOneLink() throws {
        // The Arabic editors linked "2042", " (", "2012" and ")" separately: 209 <a> elements, 52 citations.
        let data = try Fixtures.data("akn/S_RES_2504_2020_A.xml")
        let links = try AkomaNtosoReader.hyperlinks(data: data, file: "2504A")
        #expect(links.count == 52)
        #expect(links.first == Hyperlink(paragraph: "PP1", href: "https://undocs.org/ar/S/RES/2042 (2012)", text: "2042 (2012)", container: "إذ يشير"))
        let document = try #require(AkomaNtosoReader.read(data: data, file: "2504A").first)
        let texts = Dictionary(document.paragraphs.map { ($0.label, $0.text) }, uniquingKeysWith: { first, _ in first })
        for link in links {
            #expect(texts[link.paragraph]?.contains(link.text) == true)
        }
    }

    @Test func operativeNumbersWrittenAsText() throws {
        // Resolution 2640 (2022) in Arabic writes "13 - يشجع …" in the text instead of a <num>.
        let document = try read("S_RES_2640_2022_A.xml")
        #expect(document.symbol?.canonical == "S/RES/2640 (2022)")
        #expect(labels(document, prefix: "PP").count == 25)
        #expect(labels(document, prefix: "OP") == (1...59).map { "OP\($0)" })
        let labelList = document.paragraphs.map(\.label)
        #expect(labelList.contains("OP26(أ)(3)(•4)"))
        #expect(labelList.contains("OP26(ج)(2)(•5)"))
        #expect(document.paragraphs.first { $0.label == "OP13" }?.text.hasPrefix("يشجع سلطات مالي") == true)
    }
}
