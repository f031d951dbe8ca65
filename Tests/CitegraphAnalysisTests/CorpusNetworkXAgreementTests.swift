import CitegraphGraph
import Foundation
import Testing
@testable import CitegraphAnalysis

/// The graph `citegraph build ../shared/corpus` makes (collapsed citing–cited pairs) with NetworkX 3.6.1's
/// scores for it, written by `Scripts/compare-networkx … --write-table` (see Tests/Fixtures/graph/README.md).
struct CorpusNetworkXTable {
    var symbols: [String] = []
    var scores: [String: [Double]] = [:]
    var sources: [Int32] = []
    var targets: [Int32] = []

    static let columns = ["indegree", "pagerank", "reverse-pagerank", "hits-authorities", "hits-hubs", "betweenness"]

    static func load() throws -> CorpusNetworkXTable {
        let text = try String(contentsOf: Fixture.directory.appendingPathComponent("corpus-networkx.tsv"), encoding: .utf8)
        var table = CorpusNetworkXTable()
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            switch fields.first {
            case "node":
                guard fields.count == 3 + columns.count, Int(fields[1]) == table.symbols.count else { throw FixtureError.missing("node line \(line)") }
                table.symbols.append(String(fields[2]))
                for (column, field) in zip(columns, fields[3...]) {
                    guard let value = Double(field) else { throw FixtureError.missing("\(column) in \(line)") }
                    table.scores[column, default: []].append(value)
                }
            case "edge":
                guard fields.count == 3, let source = Int32(fields[1]), let target = Int32(fields[2]) else { throw FixtureError.missing("edge line \(line)") }
                table.sources.append(source)
                table.targets.append(target)
            default:
                throw FixtureError.missing("line kind in \(line)")
            }
        }
        return table
    }

    func digraph() throws -> Digraph { try Digraph(nodeCount: symbols.count, sources: sources, targets: targets) }

    func index(of symbol: String) -> Int? { symbols.firstIndex(of: symbol) }
}

/// Every score equals NetworkX's on the whole corpus's graph (5,780 documents, 21,265 cited pairs), within 1e-9.
@Suite struct CorpusNetworkXAgreementTests {
    let table: CorpusNetworkXTable
    let digraph: Digraph

    init() throws {
        table = try CorpusNetworkXTable.load()
        digraph = try table.digraph()
    }

    @Test func fixtureIsTheCorpusGraph() throws {
        #expect(table.symbols.count == 5780)
        #expect(digraph.edgeCount == 21265)
        // The most cited document of the corpus: 1325 (2000), women, peace and security.
        let indegree = try #require(table.scores["indegree"])
        let top = try #require(indegree.indices.max { indegree[$0] < indegree[$1] })
        #expect(table.symbols[top] == "S/RES/1325 (2000)")
    }

    @Test func inDegree() throws {
        let ours = (0..<Int32(digraph.nodeCount)).map { Double(digraph.inDegree(of: $0)) }
        #expect(maxAbsoluteDifference(ours, try #require(table.scores["indegree"])) == 0)
    }

    @Test func pageRank() throws {
        #expect(maxAbsoluteDifference(try PageRank().scores(in: digraph), try #require(table.scores["pagerank"])) <= 1e-9)
        #expect(maxAbsoluteDifference(try PageRank().scores(in: digraph.reversed()), try #require(table.scores["reverse-pagerank"])) <= 1e-9)
    }

    @Test func hubsAndAuthorities() throws {
        let scores = try HITS().scores(in: digraph)
        #expect(maxAbsoluteDifference(scores.authorities, try #require(table.scores["hits-authorities"])) <= 1e-9)
        #expect(maxAbsoluteDifference(scores.hubs, try #require(table.scores["hits-hubs"])) <= 1e-9)
    }

    @Test func betweenness() throws {
        #expect(maxAbsoluteDifference(Betweenness().exact(in: digraph), try #require(table.scores["betweenness"])) <= 1e-9)
    }
}
