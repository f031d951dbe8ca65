/// Removes the citations implied by others: `a → c` goes when `a` reaches `c` through other
/// citations (`a → b → c`), so a lineage shows who builds on whom without the repeated recalls.
///
/// Edges are examined one at a time in the given order and each is checked against the edges still
/// present, so reachability is kept even where citations form cycles (same-day documents).
enum TransitiveReduction {
    /// The edges of `edges` that no other path implies, in their original order.
    static func reduce<Node: Hashable>(_ edges: [(Node, Node)]) -> [(Node, Node)] {
        var kept = [Bool](repeating: true, count: edges.count)
        var outgoing: [Node: [Int]] = [:]
        for (position, edge) in edges.enumerated() { outgoing[edge.0, default: []].append(position) }
        for (position, edge) in edges.enumerated() {
            kept[position] = false
            if !reaches(from: edge.0, to: edge.1, edges: edges, outgoing: outgoing, kept: kept) { kept[position] = true }
        }
        return edges.indices.filter { kept[$0] }.map { edges[$0] }
    }

    private static func reaches<Node: Hashable>(
        from start: Node, to goal: Node, edges: [(Node, Node)], outgoing: [Node: [Int]], kept: [Bool]
    ) -> Bool {
        var seen: Set<Node> = [start]
        var stack = [start]
        while let node = stack.popLast() {
            for position in outgoing[node] ?? [] where kept[position] {
                let next = edges[position].1
                if next == goal { return true }
                if seen.insert(next).inserted { stack.append(next) }
            }
        }
        return false
    }
}
