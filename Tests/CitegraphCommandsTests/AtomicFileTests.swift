import Foundation
import Testing
@testable import CitegraphCommands

@Suite struct AtomicFileTests {
    @Test func writesWholeFileAndLeavesNoTemporary() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-atomic-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("nested/graph.json").path
        try AtomicFile.write("{\"directed\": true}\n", to: path)
        try AtomicFile.write("{\"directed\": false}\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{\"directed\": false}\n")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("nested").path)
        #expect(left == ["graph.json"])
    }

    @Test func failureNamesThePath() {
        let path = "/proc/citegraph-cannot-write-here/graph.json"
        #expect {
            try AtomicFile.write("x", to: path)
        } throws: { error in
            String(describing: error).hasPrefix(path)
        }
    }
}
