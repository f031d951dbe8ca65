import Foundation

/// Redirects file descriptor 2 into a temporary file while `body` runs and returns what was written.
/// Tests run in parallel, so other tests may write too: callers look for their own text only.
func capturingStandardError<T>(_ body: () throws -> T) throws -> (result: T, standardError: String) {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("graphviz-stderr-\(UUID().uuidString)")
    guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
        throw CocoaError(.fileWriteUnknown)
    }
    defer { try? FileManager.default.removeItem(at: url) }
    let handle = try FileHandle(forWritingTo: url)
    fflush(nil)
    let saved = dup(2)
    dup2(handle.fileDescriptor, 2)
    let result = Result { try body() }
    fflush(nil)
    dup2(saved, 2)
    close(saved)
    try handle.close()
    let written = try String(contentsOf: url, encoding: .utf8)
    return (try result.get(), written)
}
