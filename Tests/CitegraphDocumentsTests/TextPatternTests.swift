import Testing
@testable import CitegraphDocuments

@Suite struct TextPatternTests {
    @Test(arguments: [
        ("Adopted by the Security Council at its 8852nd meeting, on 9 September 2021", "2021-09-09", 8852),
        ("安全理事会 2021 年 9 月 9 日第 8852 次会议通过", "2021-09-09", 8852),
        ("Aprobada por el Consejo de Seguridad en su 8862a sesión, celebrada el 17 de septiembre de 2021", "2021-09-17", 8862),
        ("Adoptée par le Conseil de sécurité à sa 8862e séance, le 17 septembre 2021", "2021-09-17", 8862),
        ("Принята Советом Безопасности на его 8862-м заседании 17 сентября 2021 года", "2021-09-17", 8862),
    ])
    func adoptionLines(line: String, date: String, meeting: Int) {
        #expect(DateText.firstDate(in: line) == date)
        #expect(DocumentTextPatterns.meeting(in: line) == meeting)
        #expect(DocumentTextPatterns.isAdoptionLine(line))
    }

    @Test func datesInLettersAndOldTexts() {
        #expect(DateText.firstDate(in: "رسالة مؤرخة 3 كانون الأول/ديسمبر 2020 موجهة من رئيس مجلس الأمن") == "2020-12-03")
        #expect(DateText.firstDate(in: "2020年3月30日安全理事会主席给秘书长和安全理事会成员国常驻代表的信") == "2020-03-30")
        #expect(DateText.firstDate(in: "1 (1946) Resolution of 25 January 1946") == "1946-01-25")
        #expect(DateText.firstDate(in: "Adopted by the Security Council on 30 March 2020") == "2020-03-30")
        #expect(DateText.firstDate(in: "caveats not declared may adversely limit mandate implementation") == nil)
    }

    @Test func meetingsOfOldTexts() {
        #expect(DocumentTextPatterns.meeting(in: "Adopted unanimously at the 631st meeting.") == 631)
        #expect(DocumentTextPatterns.meeting(in: "Adopted at the 2nd meeting.") == 2)
        #expect(DocumentTextPatterns.meeting(in: "the statement made by the Israel representative at the 63lst meeting") == 631)
    }

    @Test(arguments: [
        ("Resolution 2518 (2020)", 2518, 2020),
        ("第 2594(2021)号决议", 2594, 2021),
        ("100 (1953). Resolution of 27 October 1953", 100, 1953),
        ("RESOLUTION 800 (1993)", 800, 1993),
        ("Resolution 361 (197-4) of 30 August 1974", 361, 1974),
        ("Resolution 290 of 8 December 1970", 290, 1970),
        ("Security Council Distr.: General 3 December 2020 Resolution 2553 (2020) Adopted by the Security Council on 3 December 2020", 2553, 2020),
    ])
    func resolutionHeadings(text: String, number: Int, year: Int) {
        #expect(ResolutionHeading.parse(text) == ResolutionHeading(number: number, year: year))
    }

    @Test func runningTextIsNoHeading() {
        #expect(ResolutionHeading.parse("adopted as resolution 2553 (2020) on 3 December 2020") == nil)
        #expect(ResolutionHeading.parse("South West Africa) notwithstanding Security Council Resolution 276 (1970), Advisory Opinion,") == nil)
    }

    @Test func agendaItems() {
        #expect(DocumentTextPatterns.agendaItem(in: "涉及议程项目“联合国维持和平行动”的决议草案") == "联合国维持和平行动")
        #expect(DocumentTextPatterns.agendaItem(in: "该决议草案由法国在\"马里局势\"议程项目下提交") == "马里局势")
        #expect(DocumentTextPatterns.agendaItem(in: "in connection with the Council’s consideration of the item entitled “Admission of New Members”, the President") == "Admission of New Members")
    }

    @Test func languages() {
        #expect(LanguageDetector.detect("Recalling its previous relevant resolutions and presidential statements") == .english)
        #expect(LanguageDetector.detect("Rappelant toutes ses résolutions et les déclarations de sa présidence sur la situation") == .french)
        #expect(LanguageDetector.detect("Recordando todas sus resoluciones y las declaraciones de la Presidencia sobre la situación") == .spanish)
        #expect(LanguageDetector.detect("回顾其以往关于也门的所有相关决议和主席声明") == .chinese)
        #expect(LanguageDetector.detect("وإذ يعرب عن بالغ القلق") == .arabic)
        #expect(LanguageDetector.detect("ссылаясь на все свои предыдущие резолюции") == .russian)
        #expect(LanguageDetector.detect("2020 (12)") == nil)
    }
}
