import Testing
@testable import CitegraphGraph

@Suite struct DigraphTests {
    @Test func compressedRowsBothWaysWithoutRepeats() throws {
        // 1888 (2009) = 2, 1820 (2008) = 1, 1325 (2000) = 0, cited twice by 1888.
        let graph = try Digraph(nodeCount: 3, sources: [2, 1, 2, 2], targets: [1, 0, 0, 0])
        #expect(graph.edgeCount == 3)
        #expect(graph.outOffsets == [0, 0, 1, 3])
        #expect(graph.outTargets == [0, 0, 1])
        #expect(graph.inOffsets == [0, 2, 3, 3])
        #expect(graph.inSources == [1, 2, 2])
        #expect(Array(graph.reversed().successors(of: 0)) == [1, 2])
        #expect(graph.storageBytes == 4 * (4 + 3 + 4 + 3))
    }

    @Test func endpointsOutsideTheGraphAreErrors() {
        #expect(throws: GraphError.self) { try Digraph(nodeCount: 2, sources: [0], targets: [2]) }
        #expect(throws: GraphError.self) { try Digraph(nodeCount: 2, sources: [0, 1], targets: [1]) }
    }
}
