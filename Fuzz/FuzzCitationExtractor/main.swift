// libFuzzer entry point: the citation extractor on arbitrary text in every language. Built only by Scripts/fuzz;
// libFuzzer's driver runs it through FuzzDriver.
import Foundation
import FuzzDriver
import CitegraphCitations
import CitegraphDocuments

let extractor = CitationExtractor()

func fuzzCitationExtractor(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let length = text.utf8.count
    for language in Language.allCases {
        for match in extractor.matches(in: text, language: language) {
            precondition(match.range.lowerBound >= 0 && match.range.upperBound <= length, "range outside the text")
            precondition(!match.target.canonical.isEmpty, "empty target")
        }
    }
    return 0
}

exit(FuzzDriver.run { data, size in fuzzCitationExtractor(data, size) })
