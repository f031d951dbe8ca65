import Foundation
import Testing
@testable import CitegraphDocuments

@Suite struct TextCleanerTests {
    @Test func pageFurnitureIsRemovedAndKeptAsHints() throws {
        let cleaned = TextCleaner().clean(try Fixtures.text("seeds/004_e1b7d92fa5d83019.txt"))
        #expect(!cleaned.text.contains("20-08599"))
        let footers = cleaned.removedLines.filter { $0.kind == .pageFooter }.map(\.text)
        #expect(footers.contains("20-08599 3/18"))
        #expect(footers.contains("20-08599 17/18"))
        #expect(cleaned.removedLines.contains { $0.kind == .jobNumber && $0.text == "20-08599" })
        #expect(cleaned.removedLines.first { $0.kind == .symbolHeader }?.text == "联合国 S/2020/613")
    }

    @Test func linkLinesAndPageHeadersOfTheArabicLetter() throws {
        let cleaned = TextCleaner().clean(try Fixtures.text("seeds/001_13c0c4e79ee04889.txt"))
        let links = cleaned.removedLines.filter { $0.kind == .link }
        #expect(links.count == 14)  // every https://undocs.org line of the file
        #expect(links.first?.text == "https://undocs.org/ar/S/2020/240")
        #expect(cleaned.removedLines.contains { $0.kind == .pageFooter && $0.text == "2/6 20-04846" })
        #expect(!cleaned.text.contains("undocs.org"))
    }

    @Test func markdownLinksEscapesAndEmphasis() throws {
        // Lines of seed 000.
        let cleaned = TextCleaner().clean("*Recalling* its resolutions [2151 \\(2014\\)](#) on security sector reform and [2282 \\(2016\\)](#) on the review")
        #expect(cleaned.text == "Recalling its resolutions 2151 (2014) on security sector reform and 2282 (2016) on the review")
        let chinese = TextCleaner().clean("1. **强调指出**和平行动在寻求可持续政治解决办法")
        #expect(chinese.text == "1. 强调指出和平行动在寻求可持续政治解决办法")
        let footnote = TextCleaner().clean("<sup>\\*</sup> 仅以英文分发。")
        #expect(footnote.text == "仅以英文分发。")
    }

    @Test func latexDebrisBecomesSymbols() {
        // Seed 004: the letter's header and paragraph 38.
        // A header line holding only the symbol is page furniture, kept as a hint.
        let header = TextCleaner().clean("联合国  $S_{/2020/613}$ ")
        #expect(header.text.isEmpty)
        #expect(header.removedLines.map(\.text) == ["联合国 S/2020/613"])
        #expect(TextCleaner().clean("the letter $S_{/2020/613}$ of 29 June").text == "the letter S/2020/613 of 29 June")
        #expect(TextCleaner().clean("the report of the Secretary-General (\\$\\frac{\\sqrt{2020}}{476}\\), expresses").text
            == "the report of the Secretary-General (S/2020/476), expresses")
        // Money keeps its dollar sign.
        #expect(TextCleaner().clean("a budget of $100 million").text == "a budget of $100 million")
    }

    @Test func wordsHyphenatedAcrossLines() throws {
        // Seed 001: real compounds broken at their hyphen keep it.
        let seed = TextCleaner().clean(try Fixtures.text("seeds/001_13c0c4e79ee04889.txt"))
        #expect(seed.text.contains("Encourages Troop-and Police-Contributing Countries and Field-Missions to support field-focused, reliable and cost-effective new technologies"))
        // Resolution 21 (1947), OCR of a typeset page: broken words are joined, compounds keep the hyphen.
        let old = TextCleaner().clean(
            "organs of the United Nations to consider and recommend, what rights the inhabitants of the Trust Terri-\ntory should acquire\n\n2. Promote the economic advancement and self-\nsufficiency of the inhabitants")
        #expect(old.paragraphs.map(\.text) == [
            "organs of the United Nations to consider and recommend, what rights the inhabitants of the Trust Territory should acquire",
            "2. Promote the economic advancement and self-sufficiency of the inhabitants",
        ])
    }

    @Test func oddSpacesAndFullWidthDigits() {
        let cleaned = TextCleaner().clean("paragraph\u{00A0}2 of resolution\u{2009}2518\u{200B} （２０２０）")
        #expect(cleaned.text == "paragraph 2 of resolution 2518 (2020)")
        #expect(SpaceNormalizer.normalize("\t第２５１８（２０２０）号决议\u{3000} COVID\u{2011}19 ") == "第2518(2020)号决议 COVID-19")
    }

    @Test func offsetsMapBackToTheOriginalBytes() throws {
        let original = try Fixtures.text("seeds/000_d6a98905c88e3999.txt")
        let cleaned = TextCleaner().clean(original)
        let cleanedBytes = Array(cleaned.text.utf8)
        let originalBytes = Array(original.utf8)
        for needle in ["2151 (2014)", "S/PRST/2011/19", "Decides to remain actively seized"] {
            let pattern = Array(needle.utf8)
            let found = try #require((0...(cleanedBytes.count - pattern.count)).first { Array(cleanedBytes[$0..<($0 + pattern.count)]) == pattern })
            let mapped = cleaned.originalOffset(ofUTF8: found)
            let firstWord = Array(needle.prefix { $0 != " " && $0 != "(" }.utf8)
            #expect(Array(originalBytes[mapped..<(mapped + firstWord.count)]) == firstWord)
        }
        // The map is run-length: far fewer entries than bytes.
        #expect(cleaned.mapSize < cleanedBytes.count / 20)
    }
}
