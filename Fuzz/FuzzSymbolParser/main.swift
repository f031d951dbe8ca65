// libFuzzer entry point: the symbol parser on arbitrary text. Built only by Scripts/fuzz;
// libFuzzer's driver runs it through FuzzDriver.
import Foundation
import FuzzDriver
import CitegraphDocuments

func fuzzSymbolParser(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    if let symbol = DocumentSymbol(parsing: text) {
        // A parsed symbol must parse back to itself.
        precondition(DocumentSymbol(parsing: symbol.canonical) == symbol, "round trip: \(symbol.canonical)")
        _ = symbol.year
        _ = symbol.shortLabel
    }
    return 0
}

exit(FuzzDriver.run { data, size in fuzzSymbolParser(data, size) })
