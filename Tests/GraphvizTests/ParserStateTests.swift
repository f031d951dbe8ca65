import Foundation
import Testing
@testable import Graphviz

/// cgraph's scanner and Graphviz's text measurer keep process-wide state between calls; these tests
/// show that nothing of one call reaches the next (found by running the tests under Scripts/valgrind).
@Suite("No state carried between calls", .serialized)
struct ParserStateTests {
    @Test("Text after the first graph is not read by the next parse")
    func trailingTextIsNotCarriedOver() throws {
        // agmemread reads one graph and leaves what follows in the scanner's buffer.
        let first = try Graphviz.parse(dot: "digraph A { \"S/RES/1325 (2000)\" }\ndigraph B { \"S/RES/1820 (2008)\" }\n\n\n")
        #expect(first.name == "A")
        let second = try Graphviz.parse(dot: "digraph C { \"S/RES/2242 (2015)\" }")
        #expect(second.name == "C")
        #expect(second.nodes.map(\.name) == ["S/RES/2242 (2015)"])
        // Line breaks left over from the previous text do not shift line numbers either.
        _ = try Graphviz.parse(dot: "graph D { a }\n\n\n\n")
        #expect(throws: GraphvizError.syntax("syntax error in line 1 near ';'")) {
            try Graphviz.parse(dot: "digraph G { \"S/RES/1325 (2000)\" -> ; }")
        }
    }

    @Test("A context no longer used is kept and reused, never freed under the text measurer's cache")
    func contextsAreReused() throws {
        var context: GraphvizContext? = try GraphvizContext()
        let pointer = try #require(context?.pointer)
        let svg = try Graphviz.render(dot: "digraph { \"S/RES/1325 (2000)\" -> \"S/RES/1820 (2008)\" }", using: .neato, to: .svg, context: context)
        // Dropped and created again under the lock, so that no other test takes the kept context between.
        let next = try GraphvizLock.withLock {
            context = nil
            return try GraphvizContext()
        }
        #expect(next.pointer == pointer)
        // The next layout measures the same text in another context (the pango plugin compares the
        // font name it remembers, which pointed into the first context's font table).
        let again = try Graphviz.render(dot: "digraph { \"S/RES/1325 (2000)\" -> \"S/RES/1820 (2008)\" }", using: .neato, to: .svg)
        #expect(again == svg)
    }
}
