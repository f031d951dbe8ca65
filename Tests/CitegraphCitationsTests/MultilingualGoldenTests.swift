import Testing

import CitegraphDocuments
@testable import CitegraphCitations

/// Real sentences in the five other official languages, from the Akoma Ntoso corpus (2020).
let multilingualGolden: [GoldenRow] = [
    GoldenRow(
        source: "S/RES/2516 (2020) OP", language: .french,
        text: "Décide de proroger jusqu’au 30 juin 2020 le mandat de la Mission d’assistance des Nations Unies en Somalie (MANUSOM), tel qu’il est défini au paragraphe 1 de sa résolution 2158 (2014), et décide également que la MANUSOM doit continuer d’exécuter son mandat conformément à la résolution 2461 (2019) ;",
        expected: ["S/RES/2158 (2014)|extends||paragraphe 1|", "S/RES/2461 (2019)|pursuantTo|||"]),
    GoldenRow(
        source: "S/RES/2507 (2020) PP", language: .french,
        text: "Prenant note également du rapport à mi-parcours (S/2019/608) et du rapport final (S/2019/930) du Groupe d’experts sur la République centrafricaine créé en application de la résolution 2127 (2013), dont le mandat a été élargi par la résolution 2134 (2014) et prorogé en application de la résolution 2454 (2019) (« le Groupe d’experts »), et prenant note en outre des recommandations du Groupe d’experts,",
        expected: ["S/2019/608|takesNoteOf|||", "S/2019/930|takesNoteOf|||", "S/RES/2127 (2013)|pursuantTo|||", "S/RES/2134 (2014)|takesNoteOf|||", "S/RES/2454 (2019)|pursuantTo|||"]),
    GoldenRow(
        source: "S/RES/2535 (2020) PP", language: .french,
        text: "Rappelant en outre sa résolution 2250 (2015) et ses résolutions 2419 (2018) et 2535 (2020) sur les jeunes et la paix et la sécurité,",
        expected: ["S/RES/2250 (2015)|recalls|youth, peace and security||", "S/RES/2419 (2018)|recalls|youth, peace and security||", "S/RES/2535 (2020)|recalls|youth, peace and security||"]),
    GoldenRow(
        source: "S/RES/2507 (2020) PP", language: .spanish,
        text: "Acogiendo con beneplácito el informe del Secretario General de 15 de octubre de 2019 (S/2019/822), presentado en respuesta a la resolución 2448 (2018),",
        expected: ["S/2019/822|welcomes|||", "S/RES/2448 (2018)|pursuantTo|||"]),
    GoldenRow(
        source: "S/RES/2514 (2020) OP", language: .spanish,
        text: "Decide que, de conformidad con la resolución 2304 (2016), el mandato de la UNMISS incluirá la responsabilidad de mantener un entorno seguro en Yuba",
        expected: ["S/RES/2304 (2016)|pursuantTo|||"]),
    GoldenRow(
        source: "S/RES/2507 (2020) PP", language: .russian,
        text: "принимая к сведению письмо Генерального секретаря от 31 декабря 2019 года на имя Председателя Совета Безопасности (S/2019/1008), направленное в соответствии с пунктом 7 резолюции 2488 (2019), и доклад, представленный властями ЦАР Комитету Совета Безопасности, учрежденному резолюцией 2127 (2013) по ЦАР («Комитет»), в соответствии с пунктом 6 резолюции 2488 (2019),",
        expected: ["S/2019/1008|takesNoteOf|||", "S/RES/2488 (2019)|pursuantTo||пунктом 7|", "S/RES/2127 (2013)|pursuantTo|||", "S/RES/2488 (2019)|pursuantTo||пунктом 6|"]),
    GoldenRow(
        source: "S/RES/2535 (2020) PP", language: .russian,
        text: "ссылаясь на свою резолюцию 2250 (2015) и связанные с ней резолюции 2419 (2018) и 2535 (2020) о молодежи и мире и безопасности,",
        expected: ["S/RES/2250 (2015)|recalls|youth, peace and security||", "S/RES/2419 (2018)|recalls|youth, peace and security||", "S/RES/2535 (2020)|recalls|youth, peace and security||"]),
    GoldenRow(
        source: "S/RES/2507 (2020) PP", language: .arabic,
        text: "وإذ يرحب بتقرير الأمين العام المؤرخ 15 تشرين الأول/أكتوبر 2019 (S/2019/822)، المقدم عملا بالقرار 2448 (2018)،",
        expected: ["S/2019/822|welcomes|||", "S/RES/2448 (2018)|pursuantTo|||"]),
    GoldenRow(
        source: "S/RES/2508 (2020) PP1 (list shortened)", language: .arabic,
        text: "إذ يشير إلى قراراته السابقة المتعلقة بالسودان، ولا سيما القرارات 1591 (2005) و 1651 (2005) و 2455 (2019)، وإلى بيانه الرئاسي المؤرخ 11 كانون الأول/ديسمبر 2018 (S/PRST/2018/19)،",
        expected: ["S/RES/1591 (2005)|recalls|||", "S/RES/1651 (2005)|recalls|||", "S/RES/2455 (2019)|recalls|||", "S/PRST/2018/19|recalls|||"]),
    GoldenRow(
        source: "S/RES/2504 (2020) PP (list shortened)", language: .chinese,
        text: "回顾第2042(2012)、2043(2012)和2449(2018)号决议，以及2011年8月3日(S/PRST/2011/16)和2019年10月8日(S/PRST/2019/12)安理会主席声明，",
        expected: ["S/RES/2042 (2012)|recalls|||", "S/RES/2043 (2012)|recalls|||", "S/RES/2449 (2018)|recalls|||", "S/PRST/2011/16|recalls|||", "S/PRST/2019/12|recalls|||"]),
    GoldenRow(
        source: "S/RES/2506 (2020) OP", language: .chinese,
        text: "强调指出必须防止这种剥削和虐待，并根据第2272(2016)号决议改进处理这些指控的方式，",
        expected: ["S/RES/2272 (2016)|pursuantTo|||"]),
]

@Suite("Golden citations, French, Spanish, Russian, Arabic, Chinese")
struct MultilingualGoldenTests {
    @Test("each sentence gives exactly the expected citations", arguments: multilingualGolden)
    func golden(_ row: GoldenRow) {
        let found = CitationExtractor().matches(in: row.text, language: row.language).map(goldenLine)
        #expect(found == row.expected)
    }

    @Test("Chinese: a bare number needs 第…号决议, paragraph numbers and meetings are not resolutions")
    func chineseBareNumbers() {
        // Seed 003 (S/RES/2594 (2021)) and its adoption line.
        let text = "回顾安理会关于妇女与和平与安全的第1325(2000)号决议、关于青年与和平与安全的第2250号决议，安全理事会 2021 年 9 月 9 日第 8852 次会议通过，重申第2399(2018)号决议第9、14和16段"
        let found = CitationExtractor().matches(in: text, language: .chinese).map(goldenLine)
        #expect(found == [
            "S/RES/1325 (2000)|recalls|women, peace and security||", "S/RES/2250 (2015)|recalls|youth, peace and security||",
            "S/RES/2399 (2018)|reaffirms|||",
        ])
    }

    @Test("Arabic: a citation reversed by PDF extraction, `(2020) 2518`, is read; a date is not")
    func arabicReversed() {
        // Seed 001: the letter transmitting resolution 2518 (2020), as extracted from the PDF.
        let text = "المخ خ  (2020) 2518 ـــر ا مخ دا. 30 آذار/مارس (2020) 31"
        let found = CitationExtractor().matches(in: text, language: .arabic)
        #expect(found.map(\.target.canonical) == ["S/RES/2518 (2020)"])
        #expect(found.first?.quote == "(2020) 2518")
    }
}
