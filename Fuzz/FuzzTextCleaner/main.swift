// libFuzzer entry point: the text cleaner on arbitrary text, checking its offset map. Built only by Scripts/fuzz;
// libFuzzer's driver runs it through FuzzDriver.
import Foundation
import FuzzDriver
import CitegraphDocuments

func fuzzTextCleaner(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let cleaned = TextCleaner().clean(text)
    let length = cleaned.text.utf8.count
    for offset in stride(from: 0, through: length, by: max(1, length / 16)) {
        let original = cleaned.originalOffset(ofUTF8: offset)
        precondition(original >= 0 && original <= text.utf8.count, "offset \(offset) maps outside the input: \(original)")
    }
    return 0
}

exit(FuzzDriver.run { data, size in fuzzTextCleaner(data, size) })
