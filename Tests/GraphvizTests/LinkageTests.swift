import Foundation
import Graphviz
import Testing

@Suite("Linkage")
struct LinkageTests {
    @Test("libgvc and libcgraph are loaded as shared libraries once the binding is used")
    func sharedLibrariesLoaded() throws {
        _ = try Graphviz.render(ResolutionGraph.graph, to: .canonical)
        // /proc files report size 0, so read to the end rather than by size.
        let handle = try #require(FileHandle(forReadingAtPath: "/proc/self/maps"))
        let maps = String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
        let libraries = Set(maps.split(separator: "\n").compactMap { line in
            line.split(separator: "/").last.map(String.init)
        })
        #expect(libraries.contains { $0.hasPrefix("libgvc.so") })
        #expect(libraries.contains { $0.hasPrefix("libcgraph.so") })
    }
}
