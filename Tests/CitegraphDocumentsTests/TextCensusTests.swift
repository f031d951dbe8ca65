import Foundation
import Testing
@testable import CitegraphDocuments

/// The census that tells text from binary reads eight printable ASCII bytes at a time: whatever
/// the offsets, it must count as one byte at a time would.
@Suite struct TextCensusTests {
    static func census(_ bytes: [UInt8]) -> TextDecoding.Census {
        bytes.withUnsafeBytes { TextDecoding.census(of: $0) }
    }

    @Test func countsPrintableASCIIInBlocksAndTheRestByteByByte() {
        let text = Array("Recalling its resolution 1325 (2000) on women, peace and security".utf8)
        let plain = Self.census(text)
        #expect(plain.characters == text.count && plain.control == 0 && plain.invalid == 0)
        // A control character, a tab, DEL, an accented letter and an invalid byte at every offset of a block.
        for offset in 0..<9 {
            for insert in [[UInt8(0x01)], [0x09], [0x7F], Array("é".utf8), [0xFF]] {
                var bytes = text
                bytes.insert(contentsOf: insert, at: offset)
                let counted = Self.census(bytes)
                #expect(counted.characters == text.count + (insert == [0xFF] ? 0 : 1))
                #expect(counted.control == (insert == [0x01] ? 1 : 0))
                #expect(counted.invalid == (insert == [0xFF] ? 1 : 0))
            }
        }
        #expect(Self.census([]).characters == 0)
        #expect(Self.census(Array("1234567".utf8)).characters == 7)
    }
}
