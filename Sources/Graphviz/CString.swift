import CGraphviz
import Foundation

/// Helpers that hand Swift strings to Graphviz's C API.
///
/// Graphviz 2.42 declares most string parameters `char *` (non-const) although it only reads them;
/// each call gets a private, mutable, NUL-terminated copy, so nothing Swift owns is ever writable
/// from C. A string holding NUL would be cut short silently by C, so it is rejected instead.
enum CString {
    /// Calls `body` with a mutable C copy of `text`, valid only during the call.
    static func withMutable<T>(_ text: String, _ body: (UnsafeMutablePointer<CChar>) throws -> T) throws -> T {
        guard !text.utf8.contains(0) else { throw GraphvizError.nulCharacter(in: text) }
        var bytes = Array(text.utf8CString)
        return try bytes.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { throw GraphvizError.nulCharacter(in: text) }
            return try body(base)
        }
    }

    /// Calls `body` with mutable C copies of two strings.
    static func withMutable<T>(
        _ first: String, _ second: String,
        _ body: (UnsafeMutablePointer<CChar>, UnsafeMutablePointer<CChar>) throws -> T
    ) throws -> T {
        try withMutable(first) { a in try withMutable(second) { b in try body(a, b) } }
    }

    /// Calls `body` with a mutable C copy of `text`, or with nil when `text` is nil.
    static func withOptionalMutable<T>(_ text: String?, _ body: (UnsafeMutablePointer<CChar>?) throws -> T) throws -> T {
        guard let text else { return try body(nil) }
        return try withMutable(text) { try body($0) }
    }

    /// A Swift string from a C string Graphviz owns, decoding invalid UTF-8 with replacement characters.
    static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(decoding: UnsafeRawBufferPointer(start: pointer, count: strlen(pointer)), as: UTF8.self)
    }
}
