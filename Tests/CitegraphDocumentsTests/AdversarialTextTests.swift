import Foundation
import Testing
@testable import CitegraphDocuments

/// Text built to find super-linear paths in reading: each once took quadratic time or crashed.
/// The bounds are far above linear time (a second or two in a debug build) and far below what
/// the quadratic code took (minutes); Scripts/robustness measures n against 10n in a release build.
@Suite struct AdversarialTextTests {
    static func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = Date()
        let result = try body()
        return (result, Date().timeIntervalSince(start))
    }

    /// A run of digits: the Chinese date reader scanned to the end of the run from each digit.
    @Test func aLongRunOfDigitsIsReadInLinearTime() throws {
        let digits = String(repeating: "1", count: 200_000)
        let (documents, seconds) = try Self.timed { try DocumentReader.read(data: Data(digits.utf8), file: "digits.txt") }
        #expect(seconds < 30, "\(seconds) s")
        #expect(documents.count == 1)
        #expect(documents.first?.symbol == nil)
        #expect(documents.first?.date == nil)
        #expect(DateText.firstDate(in: digits + "年9月9日") == nil)  // twelve-digit "years" are no year
        #expect(DateText.firstDate(in: digits + " 2021年9月9日") == "2021-09-09")
    }

    /// Many lines in one block: each join copied the whole block (a copy sharing its buffers).
    @Test func aBlockOfManyLinesIsJoinedInLinearTime() {
        let lines = String(repeating: "resolution\n", count: 100_000)
        let (cleaned, seconds) = Self.timed { TextCleaner().clean(lines) }
        #expect(seconds < 30, "\(seconds) s")
        #expect(cleaned.paragraphs.count == 1)
        #expect(cleaned.text.utf8.count == 100_000 * 11 - 1)  // joined with single spaces
        #expect(cleaned.originalOffset(ofUTF8: 11 * 50_000) == 11 * 50_000)
    }

    /// Hyphenated lines with no space: the last word was looked for back to the start of the block.
    @Test func hyphenatedLinesWithoutSpacesAreJoinedInLinearTime() {
        let lines = String(repeating: "ab-\n", count: 100_000)
        let (cleaned, seconds) = Self.timed { TextCleaner().clean(lines) }
        #expect(seconds < 30, "\(seconds) s")
        #expect(cleaned.paragraphs.count == 1)
        #expect(cleaned.text.hasPrefix("ab"))
    }

    /// Elements nested 200,000 deep overflowed the stack (recursive walks and release of the tree).
    @Test func deepNestingIsAnErrorNotACrash() throws {
        let deep = "<akomaNtoso>" + String(repeating: "<p>", count: 200_000) + String(repeating: "</p>", count: 200_000) + "</akomaNtoso>"
        let error = try #require(throws: DocumentReadError.self) {
            try DocumentReader.read(data: Data(deep.utf8), file: "deep.xml")
        }
        #expect(error == DocumentReadError(
            file: "deep.xml", problem: .malformedXML("elements nested 513 deep at byte 1545, over the limit of 512")))
        // Just under the limit is read like any other shallow tree (an Akoma Ntoso file with no body).
        let within = "<akomaNtoso>" + String(repeating: "<p>", count: 510) + "x" + String(repeating: "</p>", count: 510) + "</akomaNtoso>"
        let scanned = try MarkupScanner.scan(Array(within.utf8))
        #expect(scanned.root.textContent == "x")
    }
}
