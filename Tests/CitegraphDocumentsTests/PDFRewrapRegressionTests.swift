import Testing
@testable import CitegraphDocuments

/// Chinese text as a PDF extraction gives it: lines cut at a fixed width inside numbers and symbols,
/// page footers and headers between the halves. Real lines of the Chinese Akoma Ntoso texts of the
/// Security Council (United Nations), re-wrapped at 38 characters like `Scripts/evaluate-extraction`.
@Suite struct PDFRewrapRegressionTests {
    @Test("S/RES/2553 (2020): a list cut by a page break after `、1` keeps 1960 (2010) whole")
    func chineseListCutAtAPageBreak() {
        let text = """
            重申安理会致力于消除武装冲突对妇女、青年和儿童的影响，回顾其关于妇女、和平与
            安全的第1325(2000)、1820(2008)、1888(2009)、1

            22-10049 1/7
            \u{0C}
            S/RES/2553 (2020)

            960(2010)、2106(2013)、2122(2013)、2242(2
            015)、2467(2019)、2493(2019)号决议，
            """
        let paragraphs = TextCleaner().clean(text).paragraphs.map(\.text)
        #expect(paragraphs == [
            "重申安理会致力于消除武装冲突对妇女、青年和儿童的影响，回顾其关于妇女、和平与安全的第1325(2000)、1820(2008)、1888(2009)、1960(2010)、2106(2013)、2122(2013)、2242(2015)、2467(2019)、2493(2019)号决议，",
        ])
    }

    @Test("S/RES/2504 (2020): a symbol cut at a line end (`(S/PRST/2011/` | `16)`) is joined without a space")
    func chineseSymbolCutAtALineEnd() {
        let text = "2449(2018)号决议，以及2011年8月3日(S/PRST/2011/\n16)、2012年3月21日(S/PRST/2012/6)、2012年4月5\n日(S/PRST/2012/10)"
        #expect(TextCleaner().clean(text).text == "2449(2018)号决议，以及2011年8月3日(S/PRST/2011/16)、2012年3月21日(S/PRST/2012/6)、2012年4月5日(S/PRST/2012/10)")
    }

    @Test("S/RES/2507 (2020) OP5: a paragraph cut by a page break before `第2399(2018)号决议` is no new resolution")
    func chineseParagraphCutBeforeAResolutionNumber() throws {
        let text = """
            第 2507(2020)号决议

            5. 重申第2399(2018)号决议第9和16段所列措施应适用于委员会根据

            2/3 21-10003
            \u{0C}
            S/RES/2507 (2020)

            第2399(2018)号决议第20至22段所列并经第2454(2019)号决
            议第2段延长的规定予以指认的个人和实体；
            """
        let documents = try PlainTextReader.read(text: text, file: "2507.txt")
        #expect(documents.map(\.symbol?.canonical) == ["S/RES/2507 (2020)"])
        #expect(documents.first?.paragraphs.last?.text
            == "重申第2399(2018)号决议第9和16段所列措施应适用于委员会根据第2399(2018)号决议第20至22段所列并经第2454(2019)号决议第2段延长的规定予以指认的个人和实体；")
        #expect(ResolutionHeading.parse("第 2594(2021)号决议") == ResolutionHeading(number: 2594, year: 2021))
        #expect(ResolutionHeading.parse("第2399(2018)号决议第20至22段所列并经第2454(2019)号决") == nil)
    }
}

/// Resolutions in plain text whose first preambular paragraph holds the word "adopted".
@Suite struct AdoptionLineRegressionTests {
    @Test("S/RES/2377 (2017): `Welcoming …, adopted by the Colombian Congress on 30 November 2016,` is PP1, not the adoption line")
    func preambleHoldingAdopted() throws {
        let text = """
            Resolution 2377 (2017)

            Adopted by the Security Council at its 8049th meeting, on 14 September 2017

            The Security Council,

            Welcoming the major accomplishments achieved, with the support of the United Nations Mission in Colombia, in the laying down of arms process, as called for in the “Final Agreement for Ending the Conflict and Building a Stable and Lasting Peace” (the Final Agreement) (S/2017/272) between the Government of Colombia and the Revolutionary Armed Forces of Colombia (FARC-EP), signed in Bogotá, Colombia, on 24 November 2016, and adopted by the Colombian Congress on 30 November 2016,

            Recalling resolution 2366 (2017) which established a second political mission in Colombia,
            """
        let document = try #require(try PlainTextReader.read(text: text, file: "2377.txt").first)
        #expect(document.date == "2017-09-14")
        #expect(document.meeting == 8049)
        #expect(document.paragraphs.map(\.label) == ["PP1", "PP2"])
        #expect(document.paragraphs.first?.text.hasPrefix("Welcoming the major accomplishments") == true)
    }

    @Test("S/RES/2599 (2021), Arabic: with no enacting formula, PP1 follows the adoption line and stays a paragraph")
    func arabicAdoptionLineWithoutFormula() throws {
        let text = """
            القرار 2599 (2021)

            الذي اتخذه مجلس الأمن في جلسته 8870 المعقودة في 30 أيلول/سبتمبر 2021

            إذ يشير إلى قراره 1970 (2011) وجميع قراراته اللاحقة المتعلقة بليبيا، بما في ذلك القرارات 2259 (2015) و 2510 (2020) و 2542 (2020) و 2570 (2021)،
            """
        let document = try #require(try PlainTextReader.read(text: text, file: "2599.txt").first)
        #expect(document.symbol?.canonical == "S/RES/2599 (2021)")
        #expect(document.meeting == 8870)
        #expect(document.paragraphs.map(\.label) == ["PP1"])
        #expect(document.paragraphs.first?.text.hasPrefix("إذ يشير إلى قراره 1970 (2011)") == true)
    }

    @Test("Russian preambular paragraphs start in lower case: each is its own paragraph (S/RES/2508 (2020))")
    func russianLowerCasePreamble() throws {
        let text = """
            Резолюция 2508 (2020),

            принятая Советом Безопасности на его 8718-м заседании 11 февраля 2020 года

            Совет Безопасности,

            ссылаясь на свои предыдущие резолюции по Судану, в частности на резолюции 1591 (2005), 1651 (2005), 1665 (2006), 1672 (2006), 1713 (2006),

            определяя, что положение в Судане продолжает создавать угрозу международному миру и безопасности в регионе,
            """
        let document = try #require(try PlainTextReader.read(text: text, file: "2508.txt").first)
        #expect(document.date == "2020-02-11")
        #expect(document.paragraphs.map(\.label) == ["PP1", "PP2"])
    }

    @Test("Spanish S/RES/2639 (2022): headed `Resolución 2639 (2002)`, no adoption line; the cover's date and the year table correct it")
    func headingYearTypoWithoutAdoptionLine() throws {
        let text = """
            Naciones Unidas

            S/RES/2639 (2022)

            Consejo de Seguridad

            Distr. general

            27 de junio de 2022

            Resolución 2639 (2002)

            El Consejo de Seguridad,

            Observando con preocupación que la situación en Oriente Medio es tensa y probablemente lo seguirá siendo,
            """
        let document = try #require(try PlainTextReader.read(text: text, file: "2639.txt").first)
        #expect(document.symbol?.canonical == "S/RES/2639 (2022)")
        #expect(document.date == "2022-06-27")
        #expect(document.paragraphs.map(\.label) == ["PP1"])
    }

    @Test("S/PRST/2018/18 annex: a symbol written alone on a line inside the text is read, not dropped as a page header")
    func symbolLineInsideTheText() {
        let lines = (1...8).map { "Line \($0) of the Aide Memoire on the protection of civilians in armed conflict." }
        let text = lines.joined(separator: "\n\n") + "\n\nS/PRST/1995/49\n\nCivilian character of camps and settlements of refugees and internally displaced persons"
        let cleaned = TextCleaner().clean(text)
        #expect(cleaned.paragraphs.map(\.text).contains("S/PRST/1995/49"))
        // At the top of the text, or of a page after a footer, it is the page header.
        let paged = TextCleaner().clean(lines.joined(separator: "\n\n") + "\n\n21-10204 35/309\n\nS/PRST/2018/18\n\nS/RES/2109 (2013), op. 20;")
        #expect(paged.removedLines.contains { $0.kind == .symbolHeader && $0.text == "S/PRST/2018/18" })
        #expect(!paged.text.contains("S/PRST/2018/18"))
    }
}
