import Foundation
import Testing
@testable import CitegraphDocuments

/// The five seeds: PDF extractions of President's letters with resolutions annexed, and a Chinese resolution.
/// Paragraph counts were checked against the Akoma Ntoso versions of the same resolutions in the corpus.
@Suite struct SeedDocumentTests {
    private func read(_ name: String) throws -> [Document] {
        try DocumentReader.read(contentsOf: Fixtures.url("seeds/\(name)"))
    }

    private func count(_ document: Document, _ prefix: String) -> Int {
        document.paragraphs.filter { $0.label.hasPrefix(prefix) && $0.label.dropFirst(prefix.count).allSatisfy(\.isNumber) }.count
    }

    private func text(_ document: Document, _ label: String) -> String? {
        document.paragraphs.first { $0.label == label }?.text
    }

    @Test func arabicLetterWithResolution2553() throws {
        let documents = try read("000_d6a98905c88e3999.txt")
        #expect(documents.count == 2)
        let letter = documents[0], resolution = documents[1]
        #expect(letter.kind == .letter)
        #expect(letter.symbol == nil)  // the extraction shows no symbol for the letter
        #expect(letter.date == "2020-12-03")
        #expect(letter.language == .arabic)
        #expect(letter.title == "صون السلام والأمن الدوليين")
        #expect(letter.paragraphs.count == 12)
        #expect(letter.paragraphs.first?.text.hasPrefix("رسالة مؤرخة 3 كانون الأول/ديسمبر 2020") == true)

        #expect(resolution.symbol?.canonical == "S/RES/2553 (2020)")
        #expect(resolution.kind == .securityCouncilResolution)
        #expect(resolution.date == "2020-12-03")
        #expect(resolution.meeting == nil)  // adopted by written procedure
        #expect(resolution.language == .english)
        #expect(count(resolution, "PP") == 24)
        #expect(count(resolution, "OP") == 26)
        #expect(resolution.paragraphs.filter { $0.label.hasPrefix("OP20(") }.map(\.label) == (["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"]).map { "OP20(\($0))" })
        // Markdown links and escapes are gone: "[2151 \(2014\)](#)" reads "2151 (2014)".
        #expect(text(resolution, "PP2")?.hasPrefix("Recalling its resolutions 2151 (2014) on security sector reform and 2282 (2016) on the review") == true)
        // A paragraph broken by the extraction is joined: "… rooted in the" + "encouraging the involvement …".
        #expect(text(resolution, "PP7")?.contains("encouraging the involvement of all relevant stakeholders") == true)
        #expect(text(resolution, "OP20(c)")?.contains("where and as mandated, in advancing operational") == true)
        #expect(text(resolution, "OP26") == "Decides to remain actively seized of the matter.")
    }

    @Test func garbledArabicLetterWithResolution2518() throws {
        let documents = try read("001_13c0c4e79ee04889.txt")
        #expect(documents.count == 2)
        let letter = documents[0], resolution = documents[1]
        #expect(letter.kind == .letter)
        #expect(letter.symbol?.canonical == "S/2020/249")  // from the page header of the letter's second page
        #expect(letter.date == "2020-03-30")  // "2020آذار/مارس 30": shaping reversed the order
        #expect(letter.language == .arabic)
        #expect(resolution.symbol?.canonical == "S/RES/2518 (2020)")
        #expect(resolution.date == "2020-03-30")
        #expect(resolution.language == .english)
        #expect(count(resolution, "PP") == 15)
        #expect(count(resolution, "OP") == 15)
        // Lines of ~80 columns separated by blank lines are joined into paragraphs.
        #expect(text(resolution, "PP5")?.contains("the Secretary-General’s “Action for Peacekeeping” initiative, which places high importance") == true)
        #expect(text(resolution, "PP7")?.contains("the Secretary-General and Troop-and Police-Contributing Countries and Member States") == true)
        #expect(text(resolution, "OP13")?.contains("reliable and cost-effective new technologies") == true)
        // The undocs.org link lines are hints, never text: no second copy of a citation.
        for document in documents {
            #expect(!document.paragraphs.contains { $0.text.contains("undocs.org") })
        }
    }

    @Test func chineseLetterWithResolution2518() throws {
        let documents = try read("002_7aea938ced5f1906.txt")
        #expect(documents.count == 2)
        let letter = documents[0], resolution = documents[1]
        #expect(letter.kind == .letter)
        #expect(letter.date == "2020-03-30")
        #expect(letter.language == .chinese)
        #expect(letter.title == "联合国维持和平行动")
        #expect(letter.paragraphs.first?.text == "2020年3月30日安全理事会主席给秘书长和安全理事会成员国常驻代表的信")
        #expect(letter.paragraphs.contains { $0.text == "反对：" })
        #expect(resolution.symbol?.canonical == "S/RES/2518 (2020)")
        #expect(resolution.language == .english)
        #expect(count(resolution, "PP") == 15)
        #expect(count(resolution, "OP") == 15)
        #expect(text(resolution, "OP15") == "Decides to remain seized of the matter.")
    }

    @Test func chineseResolution2594() throws {
        let documents = try read("003_6bb09af84bcb3a26.txt")
        #expect(documents.count == 1)
        let resolution = try #require(documents.first)
        #expect(resolution.symbol?.canonical == "S/RES/2594 (2021)")
        #expect(resolution.date == "2021-09-09")  // 安全理事会 2021 年 9 月 9 日第 8852 次会议通过
        #expect(resolution.meeting == 8852)
        #expect(resolution.language == .chinese)
        #expect(count(resolution, "PP") == 13)
        #expect(count(resolution, "OP") == 15)
        // Markdown emphasis is gone: "1. **强调指出**和平行动…".
        #expect(text(resolution, "OP1")?.hasPrefix("强调指出和平行动在寻求可持续政治解决办法") == true)
        // A paragraph cut by a page break is joined without a space, as Chinese is written.
        #expect(text(resolution, "PP6")?.contains("表示注意到过渡期正义、包容的解除武装") == true)
    }

    @Test func chineseLetterS2020613WithResolution2531MatchesAkomaNtoso() throws {
        let documents = try read("004_e1b7d92fa5d83019.txt")
        #expect(documents.count == 2)
        let letter = documents[0], resolution = documents[1]
        #expect(letter.symbol?.canonical == "S/2020/613")  // from "$S_{/2020/613}$" in the header
        #expect(letter.kind == .letter)
        #expect(letter.date == "2020-06-29")
        #expect(letter.language == .chinese)
        #expect(letter.title == "马里局势")
        #expect(resolution.symbol?.canonical == "S/RES/2531 (2020)")
        #expect(resolution.date == "2020-06-29")
        #expect(resolution.language == .english)
        // The same resolution in Akoma Ntoso gives exactly the same paragraph labels.
        let akn = try #require(AkomaNtosoReader.read(data: Fixtures.data("akn/S_RES_2531_2020_E.xml"), file: "2531").first)
        #expect(resolution.paragraphs.map(\.label) == akn.paragraphs.map(\.label))
        // LaTeX debris: "\$\frac{\sqrt{2020}}{476}\)" is the report S/2020/476.
        #expect(text(resolution, "OP38")?.contains("the report of the Secretary-General (S/2020/476), expresses its support") == true)
        // A paragraph continued after the page footer "20-08599 5/18" is joined.
        #expect(text(resolution, "OP4")?.contains("and completion of Agreement-related targets laid out in Mali's third national plan") == true)
        for paragraph in resolution.paragraphs {
            #expect(!paragraph.text.contains("20-08599"))
            #expect(!paragraph.text.contains("*") && !paragraph.text.contains("$") && !paragraph.text.contains("\\"))
        }
    }

    @Test func sourceOffsetsPointIntoTheOriginalFile() throws {
        let data = try Fixtures.data("seeds/000_d6a98905c88e3999.txt")
        let documents = try DocumentReader.read(data: data, file: "000")
        let resolution = try #require(documents.last)
        let paragraph = try #require(resolution.paragraphs.first { $0.label == "PP2" })
        let original = String(decoding: data.dropFirst(paragraph.sourceOffset).prefix(40), as: UTF8.self)
        #expect(original.hasPrefix("Recalling* its resolutions [2151"))
    }
}
