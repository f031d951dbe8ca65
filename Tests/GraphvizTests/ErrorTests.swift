import Foundation
import Graphviz
import Testing

@Suite("Graphviz errors become Swift errors")
struct ErrorTests {
    @Test("Malformed DOT throws a syntax error carrying Graphviz's message, and nothing reaches stderr")
    func malformedDOT() throws {
        let (result, standardError) = try capturingStandardError {
            Result { try Graphviz.parse(dot: "digraph G { \"S/RES/1325 (2000)\" -> ; }") }
        }
        #expect(throws: GraphvizError.syntax("syntax error in line 1 near ';'")) { try result.get() }
        #expect(!standardError.contains("syntax error"))
    }

    @Test("A syntax error near a token longer than Graphviz's 1,024-byte message buffer is reported whole")
    func longMessage() throws {
        let token = String(repeating: "x", count: 5000)
        // (2.42's scanner counts the line of a token longer than its read chunk twice, so the
        // line number is not asserted here.)
        do {
            _ = try Graphviz.parse(dot: "digraph A \(token) { }")
            Issue.record("two graph names must not parse")
        } catch let GraphvizError.syntax(message) {
            #expect(message.hasPrefix("syntax error in line "))
            #expect(message.hasSuffix(" near '\(token)'"))
            #expect(message.count < token.count + 40)
        }
    }

    @Test("After a graph ending in a newline, the next message names its own line")
    func lineNumbersAfterATrailingNewline() throws {
        // Found when the suite ran in this order: the scanner stops at a graph's closing brace and
        // kept the "\n" after it, which the next parse counted as its own line 1.
        for _ in 0..<3 {
            #expect(try Graphviz.parse(dot: "digraph G { a -> b }\n\n").edges.count == 1)
            #expect(throws: GraphvizError.syntax("syntax error in line 1 near ';'")) {
                try Graphviz.parse(dot: "digraph G { \"S/RES/1325 (2000)\" -> ; }")
            }
        }
    }

    @Test("The error of one call does not leak into the next")
    func errorsReset() throws {
        #expect(throws: GraphvizError.self) { try Graphviz.parse(dot: "graph { a -- }") }
        #expect(try Graphviz.parse(dot: "graph G { a -- b }").edges.count == 1)
    }

    @Test("Text without a graph, and text with NUL, are refused clearly")
    func emptyAndNUL() throws {
        #expect(throws: GraphvizError.noGraph) { try Graphviz.parse(dot: "  /* nothing */ ") }
        #expect(throws: GraphvizError.noGraph) { try Graphviz.parse(dot: "") }
        var graph = ResolutionGraph.graph
        graph.nodes[0].attributes["tooltip"] = "a\u{0}b"
        #expect(throws: GraphvizError.nulCharacter(in: "a\u{0}b")) { try Graphviz.render(graph, to: .svg) }
    }

    @Test("An unlayoutable HTML label fails the layout with Graphviz's message")
    func badHTMLLabel() throws {
        var graph = ResolutionGraph.graph
        graph.nodes[0].attributes["label"] = .html("<b>unclosed")
        let (result, standardError) = try capturingStandardError {
            Result { try Graphviz.render(graph, to: .svg) }
        }
        do {
            _ = try result.get()
            Issue.record("an unclosed HTML-like label must fail")
        } catch let GraphvizError.layout(engine, message) {
            #expect(engine == "dot")
            #expect(message.contains("S/RES/1325 (2000)"))
        }
        #expect(!standardError.contains("S/RES/1325"))
    }
}
