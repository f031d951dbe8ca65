import Testing

import CitegraphDocuments
@testable import CitegraphCitations

/// One row of the golden table: a real sentence and the citations a careful reader finds in it.
struct GoldenRow: CustomTestStringConvertible, Sendable {
    /// Where the sentence comes from.
    var source: String
    var language: Language
    var text: String
    /// Expected citations, in order: `target|relation|theme|pinpoint|suspect` (empty fields for none).
    var expected: [String]

    var testDescription: String { "\(source): \(text.prefix(60))…" }
}

/// Renders a match the way the golden table writes it.
func goldenLine(_ match: CitationMatch) -> String {
    "\(match.target.canonical)|\(match.relation.rawValue)|\(match.theme ?? "")|\(match.pinpoint ?? "")|\(match.suspect ? "suspect" : "")"
}

/// Real sentences from the seeds (shared/seeds) and the corpus (Akoma Ntoso, text only), English.
let englishGolden: [GoldenRow] = [
    GoldenRow(
        source: "S/RES/1836 (2008) PP12", language: .english,
        text: "Stressing the need to combat violence against children and women, including gender-based violence, sexual exploitation and abuse, and recalling its resolutions 1674 (2006) and 1612 (2005), as well as resolutions 1325 (2000) and 1820 (2008) on women, peace and security.",
        // The theme closes only the list segment after "as well as": 1674 and 1612 are not WPS texts.
        expected: [
            "S/RES/1674 (2006)|recalls|||", "S/RES/1612 (2005)|recalls|||",
            "S/RES/1325 (2000)|recalls|women, peace and security||", "S/RES/1820 (2008)|recalls|women, peace and security||",
        ]),
    GoldenRow(
        source: "seed 001, S/RES/2518 (2020) PP", language: .english,
        text: "Recalling its resolution 2436 (2018), underscoring the link between performance and safety and security of uniformed and civilian peacekeeping personnel,",
        expected: ["S/RES/2436 (2018)|recalls|||"]),
    GoldenRow(
        source: "seed 000, S/RES/2553 (2020) PP", language: .english,
        text: "Reaffirming its commitment to address the impact of armed conflict on women, youth and children, and recalling its resolutions 1325 (2000), 1820 (2008), 1888 (2009), 1960 (2010), 2106 (2013) 2122 (2013), 2242 (2015), 2467 (2019) and 2493 (2019) on women, peace and security, resolutions 1265 (1999), 1296 (2000), 1674 (2006), 1738 (2006) and 1894 (2009) on the protection of civilians in armed conflict, as well as resolutions as well as resolutions 2250 (2015), 2419 (2018) and 2535 (2020) on youth, peace and security, and resolutions 1261 (1999), 1612 (2005), 1882 (2009), 1998 (2011), 2068 (2012) and 2143 (2014) on children and armed conflict,",
        expected: [
            "S/RES/1325 (2000)|recalls|women, peace and security||", "S/RES/1820 (2008)|recalls|women, peace and security||",
            "S/RES/1888 (2009)|recalls|women, peace and security||", "S/RES/1960 (2010)|recalls|women, peace and security||",
            "S/RES/2106 (2013)|recalls|women, peace and security||", "S/RES/2122 (2013)|recalls|women, peace and security||",
            "S/RES/2242 (2015)|recalls|women, peace and security||", "S/RES/2467 (2019)|recalls|women, peace and security||",
            "S/RES/2493 (2019)|recalls|women, peace and security||",
            "S/RES/1265 (1999)|recalls|protection of civilians in armed conflict||",
            "S/RES/1296 (2000)|recalls|protection of civilians in armed conflict||",
            "S/RES/1674 (2006)|recalls|protection of civilians in armed conflict||",
            "S/RES/1738 (2006)|recalls|protection of civilians in armed conflict||",
            "S/RES/1894 (2009)|recalls|protection of civilians in armed conflict||",
            "S/RES/2250 (2015)|recalls|youth, peace and security||", "S/RES/2419 (2018)|recalls|youth, peace and security||",
            "S/RES/2535 (2020)|recalls|youth, peace and security||",
            "S/RES/1261 (1999)|recalls|children and armed conflict||", "S/RES/1612 (2005)|recalls|children and armed conflict||",
            "S/RES/1882 (2009)|recalls|children and armed conflict||", "S/RES/1998 (2011)|recalls|children and armed conflict||",
            "S/RES/2068 (2012)|recalls|children and armed conflict||", "S/RES/2143 (2014)|recalls|children and armed conflict||",
        ]),
    GoldenRow(
        source: "seed 000, S/RES/2553 (2020) PP (Markdown links left by PDF extraction)", language: .english,
        text: "*Recalling* its resolutions [2151 \\(2014\\)](#) on security sector reform and [2282 \\(2016\\)](#) on the review of the United Nations peacebuilding architecture, and the statements by its President of 21 February 2007 ([S/PRST/2007/3](#)), 12 May 2008 ([S/PRST/2008/14](#)) and 12 October 2011 ([S/PRST/2011/19](#)),",
        expected: [
            "S/RES/2151 (2014)|recalls|security sector reform||", "S/RES/2282 (2016)|recalls|||",
            "S/PRST/2007/3|recalls|||", "S/PRST/2008/14|recalls|||", "S/PRST/2011/19|recalls|||",
        ]),
    GoldenRow(
        source: "seed 000, S/RES/2553 (2020) PP", language: .english,
        text: "Recalling its resolution 2282 (2016) which recalled General Assembly resolution A/70/1, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”,",
        expected: ["S/RES/2282 (2016)|recalls|||", "A/RES/70/1|recalls|||"]),
    GoldenRow(
        source: "seed 000, S/RES/2553 (2020) PP", language: .english,
        text: "Reiterating the importance of the rule of law as one of the key elements of conflict prevention, peacekeeping, conflict resolution and peacebuilding and reiterating the statement by its President of 21 February 2014 (S/PRST/2014/5), and recalling that security sector reform must take place within a broad framework of the rule of law,",
        expected: ["S/PRST/2014/5|reaffirms|||"]),
    GoldenRow(
        source: "seed 004, S/RES/2531 (2020) PP", language: .english,
        text: "Reaffirming the basic principles of peacekeeping, including consent of the parties, impartiality and non-use of force, except in self-defence and defence of the mandate, recognizing that the mandate of each peacekeeping mission is specific to the need and situation of the country concerned, and recalling its Presidential Statement of 14 May 2018 (S/PRST/2018/10),",
        expected: ["S/PRST/2018/10|recalls|||"]),
    GoldenRow(
        source: "seed 004, S/RES/2531 (2020) PP", language: .english,
        text: "Taking note of the report of the Secretary-General (S/2020/476) and the letter of the Secretary-General (S/2020/481),",
        expected: ["S/2020/476|takesNoteOf|||", "S/2020/481|takesNoteOf|||"]),
    GoldenRow(
        source: "seed 004, S/RES/2531 (2020) OP38", language: .english,
        text: "Recalls all provisions of paragraph 13 of resolution 2391, takes note of the options presented in the report of the Secretary-General (S/2020/476), expresses its support for the use of life support consumables provided by MINUSMA to the FC-G5S based both on resolution 2391 and on the technical agreement",
        expected: ["S/RES/2391 (2017)|recalls||paragraph 13|", "S/2020/476|takesNoteOf|||", "S/RES/2391 (2017)|cites|||"]),
    GoldenRow(
        source: "seed 004, S/RES/2531 (2020) OP38", language: .english,
        text: "that MINUSMA's support to the FC-G5S, as per the conditions set out in resolution 2391, in the technical agreement and in the delegation agreement signed between the European Union and the United Nations, continues to be subject to full financial reimbursement, recalls the reporting obligations set by paragraph 33 (iii) of resolution 2391, further requests the Secretary-General to include in its April 2021 report on the G5 Sahel an assessment of the implementation of paragraph 13 of resolution 2391",
        expected: [
            "S/RES/2391 (2017)|pursuantTo|||", "S/RES/2391 (2017)|recalls||paragraph 33 (iii)|",
            "S/RES/2391 (2017)|cites||paragraph 13|",
        ]),
    GoldenRow(
        source: "seed 004, S/RES/2531 (2020) OP5", language: .english,
        text: "Encourages the panel of experts established pursuant to resolution 2374 (2017) to identify parties responsible, and stresses that individuals or entities placed on the 2374 sanctions list shall not benefit from any financial, operational or logistical support from United Nations entities deployed in Mali, until their removal from the list and without prejudice to the exemptions set by paragraphs 2, 5, 6 and 7 of resolution 2374 (2017), welcomes the measures already taken",
        expected: ["S/RES/2374 (2017)|pursuantTo|||", "S/RES/2374 (2017)|cites||paragraphs 2, 5, 6 and 7|"]),
    GoldenRow(
        source: "seed 004, S/RES/2531 (2020) OP30(b)", language: .english,
        text: "To assist the 1267/1989/2253 ISIL (Da'esh) and Al-Qaida Sanctions Committee and the Analytical Support and Sanctions Monitoring Team established by resolution 1526 (2004), including by passing information relevant to the implementation of the measures in paragraph 1 of resolution 2368 (2017);",
        expected: ["S/RES/1526 (2004)|pursuantTo|||", "S/RES/2368 (2017)|cites||paragraph 1|"]),
    GoldenRow(
        source: "seed 004, S/RES/2531 (2020) OP49", language: .english,
        text: "Welcomes the initiatives undertaken by the Secretary-General to standardize a culture of performance in UN peacekeeping, recalls its requests in resolution 2378 (2017) and resolution 2436 (2018) that the Secretary-General ensures that performance data is used, and calls on him to apply it to MINUSMA, to include the rotation, repatriation, replacement or dismissal of any under-performing MINUSMA uniformed or civilian personnel, consistent with resolution 2436 (2018), and notes the efforts",
        expected: ["S/RES/2378 (2017)|recalls|||", "S/RES/2436 (2018)|recalls|||", "S/RES/2436 (2018)|pursuantTo|||"]),
    GoldenRow(
        source: "seed 004, S/RES/2531 (2020) OP2", language: .english,
        text: "Welcomes the important steps taken in the fulfilment of some of the priority measures of the Agreement referenced in paragraph 4 of resolution 2480 (2019) but regrets that several of them have not been fully implemented, and recalls its readiness to respond with measures pursuant to resolution 2374 (2017) should the parties engage in hostilities",
        expected: ["S/RES/2480 (2019)|welcomes||paragraph 4|", "S/RES/2374 (2017)|pursuantTo|||"]),
    GoldenRow(
        source: "seed 004, S/RES/2531 (2020) OP4 (PDF page footer inside the sentence)", language: .english,
        text: "meeting the 30 per cent quota for women in all political functions and offices as defined in Mali's legislation, and completion of 20-08599 5/18 Agreement-related targets laid out in Mali's third national plan for the implementation of resolution 1325 (2000), and requests the Secretary-General",
        expected: ["S/RES/1325 (2000)|cites|||"]),
    GoldenRow(
        source: "seed 001, S/RES/2518 (2020) OP9", language: .english,
        text: "ensure adequate medical facilities and qualified personnel are deployed to provide the essential 10-1-2 response at all times, within the mission area",
        expected: []),
    GoldenRow(
        source: "seed 004, S/RES/2531 (2020) OP17", language: .english,
        text: "Decides that MINUSMA shall continue to comprise up to 13,289 military personnel and 1,920 police personnel; Decides to extend the mandate of MINUSMA until 30 June 2021;",
        expected: []),
    GoldenRow(
        source: "S/RES/2508 (2020) OP2", language: .english,
        text: "Decides to extend until 12 March 2021 the mandate of the Panel of Experts originally appointed pursuant to resolution 1591 (2005) and previously extended by resolutions 1779 (2007), 1841 (2008), 1945 (2010), 2035 (2012), and 2400 (2018), reaffirms the mandate of the Panel of Experts’ as established in resolutions 1591 (2005) and 2455 (2019) and requests the Panel of Experts to provide to the Security Council Committee established pursuant to resolution 1591 (2005) concerning the Sudan",
        expected: [
            "S/RES/1591 (2005)|pursuantTo|||", "S/RES/1779 (2007)|extends|||", "S/RES/1841 (2008)|extends|||",
            "S/RES/1945 (2010)|extends|||", "S/RES/2035 (2012)|extends|||", "S/RES/2400 (2018)|extends|||",
            "S/RES/1591 (2005)|pursuantTo|||", "S/RES/2455 (2019)|pursuantTo|||", "S/RES/1591 (2005)|pursuantTo|||",
        ]),
    GoldenRow(
        source: "S/RES/2511 (2020) OP1 (the editors' typo 2140 (2015))", language: .english,
        text: "Decides to renew until 26 February 2021 the measures imposed by paragraphs 11 and 15 of resolution 2140 (2014), reaffirms the provisions of paragraphs 12, 13, 14 and 16 of resolution 2140 (2015),",
        expected: ["S/RES/2140 (2014)|extends||paragraphs 11 and 15|", "S/RES/2140 (2015)|reaffirms||paragraphs 12, 13, 14 and 16|suspect"]),
    GoldenRow(
        source: "S/RES/2491 (2019) OP (typo 2312 (2106))", language: .english,
        text: "reaffirms paragraph 11 thereof and otherwise reiterates its resolutions 2240 (2015), 2312 (2106), 2380 (2017) and 2437 (2018)",
        expected: [
            "S/RES/2240 (2015)|reaffirms|||", "S/RES/2312 (2106)|reaffirms|||suspect", "S/RES/2380 (2017)|reaffirms|||",
            "S/RES/2437 (2018)|reaffirms|||",
        ]),
    GoldenRow(
        source: "S/PRST/2009/… (Somalia)", language: .english,
        text: "“The Security Council reiterates its previous resolutions and Presidential Statements on Somalia, in particular its resolution 1872, which reaffirmed the Djibouti Agreement as the basis for a resolution of the conflict in Somalia.",
        expected: ["S/RES/1872 (2009)|reaffirms|||"]),
    GoldenRow(
        source: "S/PRST (2005 World Summit)", language: .english,
        text: "“The Security Council recalls the 2005 World Summit Outcome (General Assembly resolution 60/1), the Beijing Declaration and Platform for Action (A/52/31), the outcomes of the twenty-third special session",
        expected: ["A/RES/60/1|recalls|||", "A/52/31|recalls|||"]),
    GoldenRow(
        source: "S/RES/1189 (1998) era PP, quoted in the corpus", language: .english,
        text: "Reaffirming the principle established by the General Assembly in its declaration of October 1970 (resolution 2625 (XXV)) and reiterated by the Security Council in its resolution 1189 (1998) of 13 August 1998,",
        expected: ["A/RES/2625 (XXV)|reaffirms|||", "S/RES/1189 (1998)|reaffirms|||"]),
    GoldenRow(
        source: "S/PRST (DRC)", language: .english,
        text: "“The Security Council invites the Committee established pursuant to resolution 1533 (2004) to examine the situation in Kinshasa, if appropriate, in the context of the arms embargo",
        expected: ["S/RES/1533 (2004)|pursuantTo|||"]),
    GoldenRow(
        source: "S/RES/2465 (2019) PP", language: .english,
        text: "and further recalling the Working Group Conclusions on Children and Armed Conflict in Somalia (S/AC.51/2017/2),",
        expected: ["S/AC.51/2017/2|recalls|||"]),
    GoldenRow(
        source: "S/RES/1575 era OP", language: .english,
        text: "in cooperation with the Group of Experts established under resolution 1584 (2005), including by inspecting, as they deem it necessary, and to keep the Committee established under resolution 1572 (2004) informed",
        expected: ["S/RES/1584 (2005)|pursuantTo|||", "S/RES/1572 (2004)|pursuantTo|||"]),
    GoldenRow(
        source: "S/RES/2511 (2020) OP", language: .english,
        text: "Decides to renew until 31 July 2020 the measures and provisions as set out in paragraphs 4 and 5 of resolution 2488 (2019) and recalls paragraphs 8 and 9 of resolution 2488 (2019);",
        expected: ["S/RES/2488 (2019)|extends||paragraphs 4 and 5|", "S/RES/2488 (2019)|recalls||paragraphs 8 and 9|"]),
    GoldenRow(
        source: "S/PRST (counter-terrorism), list with a missing comma", language: .english,
        text: "“The Security Council recalls its resolutions 1267 (1999), 1373 (2001), 1624 (2005), 2161 (2014) 2170 (2014), 2178 (2014), and underlines the importance of Members States taking urgent action",
        expected: [
            "S/RES/1267 (1999)|recalls|||", "S/RES/1373 (2001)|recalls|||", "S/RES/1624 (2005)|recalls|||",
            "S/RES/2161 (2014)|recalls|||", "S/RES/2170 (2014)|recalls|||", "S/RES/2178 (2014)|recalls|||",
        ]),
    GoldenRow(
        source: "seed 004, S/RES/2531 (2020) PP", language: .english,
        text: "taking note that, acting upon the referral of the transitional authorities of Mali dated 13 July 2012, the Prosecutor of the International Criminal Court (ICC) opened on 16 January 2013 an investigation, and further taking note of the finalization of the work of the International Commission of Inquiry established in accordance with the Agreement and as requested by resolution 2364 (2017),",
        expected: ["S/RES/2364 (2017)|pursuantTo|||"]),
    GoldenRow(
        source: "S/RES/2458 (2019) PP (joint symbol)", language: .english,
        text: "Welcoming the presentation of the report of the Secretary-General on peacebuilding and sustaining peace (S/2018/1086) and endorses the reprioritization of its tasks",
        expected: ["S/2018/1086|welcomes|||"]),
    GoldenRow(
        source: "S/RES/2531 (2020) OP37", language: .english,
        text: "Stresses that operational and logistical support from MINUSMA, as per the conditions set by resolution 2391 (2017), is a temporary measure, and Article 25 of the Charter, Chapter VII, paragraph 4 and the year 2019 are not citations",
        expected: ["S/RES/2391 (2017)|pursuantTo|||"]),
]

@Suite("Golden citations, English")
struct GoldenCitationTests {
    @Test("each sentence gives exactly the expected citations", arguments: englishGolden)
    func golden(_ row: GoldenRow) {
        let found = CitationExtractor().matches(in: row.text, language: row.language).map(goldenLine)
        #expect(found == row.expected)
    }

    @Test("quotes and byte ranges point at the text as written")
    func quotesAndRanges() {
        let text = "Recalling its resolution 2436 (2018), its resolution 2391 and S/RES/2391(2017), and S/PRST/2014/5,"
        let matches = CitationExtractor().matches(in: text, language: .english)
        #expect(matches.map(\.quote) == ["resolution 2436 (2018)", "resolution 2391", "S/RES/2391(2017)", "S/PRST/2014/5"])
        let bytes = Array(text.utf8)
        for match in matches {
            #expect(String(decoding: bytes[match.range], as: UTF8.self) == match.quote)
        }
        #expect(matches[1].target.canonical == "S/RES/2391 (2017)")
    }

    @Test("a number beyond the year table is kept without a year and flagged")
    func beyondTable() {
        let matches = CitationExtractor().matches(in: "Recalling its resolution 2900,", language: .english)
        #expect(matches.count == 1)
        #expect(matches.first?.target.canonical == "S/RES/2900")
        #expect(matches.first?.suspect == true)
        #expect(matches.first?.suspectReason?.contains("beyond the year table") == true)
    }

    @Test("a wrong year is reported as written, suspect, with the table's year in the reason")
    func wrongYear() {
        let matches = CitationExtractor().matches(in: "in line with resolution 2574 (2024),", language: .english)
        #expect(matches.map(\.target.canonical) == ["S/RES/2574 (2024)"])
        #expect(matches.first?.suspectReason?.contains("2021") == true)
    }
}
