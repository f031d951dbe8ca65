extension CitationGraph {
    /// The collapsed graph in Pajek's `.net` format: `*Vertices` numbered from 1 in node order, labelled
    /// with the symbol, then `*Arcs` citing → cited weighted by the number of occurrences (all
    /// relations summed). Double quotes in labels become single quotes, as Pajek labels cannot hold them.
    public func pajek() -> String {
        var text = "*Vertices \(nodes.count)\n"
        for (index, node) in nodes.enumerated() {
            text += "\(index + 1) \"\(node.symbol.canonical.replacingOccurrences(of: "\"", with: "'"))\"\n"
        }
        text += "*Arcs\n"
        for source in 0..<nodes.count {
            var weights = [(Int32, Int)]()
            for position in edgePositions(from: Int32(source)) {
                let edge = edge(at: position)
                if let last = weights.last, last.0 == edge.target {
                    weights[weights.count - 1].1 += edge.count
                } else {
                    weights.append((edge.target, edge.count))
                }
            }
            for (target, weight) in weights { text += "\(source + 1) \(target + 1) \(weight)\n" }
        }
        return text
    }
}
