import Foundation
import Testing

import CitegraphDocuments
@testable import CitegraphCitations

@Suite("Scoring extraction against the UN editors' links")
struct ExtractionEvaluationTests {
    @Test("link targets are normalised from the shapes found in the corpus")
    func hrefs() {
        #expect(ExtractionEvaluation.canonicalTarget(href: "https://undocs.org/en/S/RES/2436(2018)") == "S/RES/2436 (2018)")
        #expect(ExtractionEvaluation.canonicalTarget(href: "https://undocs.org/en/S/RES/1591 (2005)") == "S/RES/1591 (2005)")
        #expect(ExtractionEvaluation.canonicalTarget(href: "https://undocs.org/S/RES/2341%20(2017)") == "S/RES/2341 (2017)")
        #expect(ExtractionEvaluation.canonicalTarget(href: "https://undocs.org/en/S/Res/2417(2018)") == "S/RES/2417 (2018)")
        #expect(ExtractionEvaluation.canonicalTarget(href: "https://undocs.org/en/S/PRST/2018/19") == "S/PRST/2018/19")
        #expect(ExtractionEvaluation.canonicalTarget(href: "https://undocs.org/en/A/RES/70/1") == "A/RES/70/1")
        #expect(ExtractionEvaluation.canonicalTarget(href: "https://undocs.org/en/S/2020/36") == "S/2020/36")
        #expect(ExtractionEvaluation.canonicalTarget(href: "https://undocs.org/en/S/AC.51/2017/2") == "S/AC.51/2017/2")
        // Broken links name no document.
        #expect(ExtractionEvaluation.canonicalTarget(href: "https://undocs.org/en/S/RES/") == nil)
        #expect(ExtractionEvaluation.canonicalTarget(href: "https://undocs.org/en/S/RES/2349") == nil)
        #expect(ExtractionEvaluation.canonicalTarget(href: "file:///C:/MSWDocs/_3Final/2436 (2018)") == nil)
    }

    @Test("resolution 2508 (2020): every link found, every citation linked, relations as the containers say")
    func resolution2508() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/citations/S_RES_2508_2020_E.xml")
        let data = try Data(contentsOf: url)
        let (document, links, _) = try AkomaNtosoReader.readWithHyperlinks(data: data, file: url.path)
        var evaluation = ExtractionEvaluation()
        evaluation.add(document, hyperlinks: links)
        let score = try #require(evaluation.scores.first)
        #expect(score.language == .english)
        // The editors linked 21 distinct documents: 19 resolutions, S/PRST/2018/19 and S/2020/36.
        #expect(score.linked == 21)
        #expect(score.missed.isEmpty, "\(score.missed)")
        #expect(score.extra.isEmpty, "\(score.extra)")
        #expect(score.recall == 1 && score.precision == 1)
        #expect(score.relationsChecked > 0)
        #expect(score.relationAgreement == 1, "\(score.relationDisagreements)")
    }
}
