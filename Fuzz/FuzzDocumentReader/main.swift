// libFuzzer entry point: the document reader (Akoma Ntoso XML, plain text, Markdown) on arbitrary bytes.
// Built only by Scripts/fuzz;
// libFuzzer's driver runs it through FuzzDriver.
import Foundation
import FuzzDriver
import CitegraphDocuments

func fuzzDocumentReader(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    for file in ["fuzz.xml", "fuzz.txt", "fuzz.md"] {
        do {
            let documents = try DocumentReader.read(data: data, file: file)
            for document in documents { precondition(document.file == file, "document lost its file") }
        } catch {
            precondition(error.file == file, "error does not name the file")
        }
    }
    return 0
}

exit(FuzzDriver.run { data, size in fuzzDocumentReader(data, size) })
