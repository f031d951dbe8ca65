import CitegraphGraph

/// Main path analysis (Hummon and Doreian) with search path counts (SPC) on a lineage DAG.
///
/// Knowledge flows from a cited document to the citing one. Within a set of documents, a citation is
/// kept when the cited document is strictly earlier than the citing one (by date or year, then by
/// symbol order), which makes the graph acyclic and drops citations going forward in time. The SPC of a
/// citation is the number of source-to-sink paths through it: (paths from any source to the cited
/// document) × (paths from the citing document to any sink). The main path starts at the source link
/// with the highest SPC and follows, from each document, the outgoing link with the highest SPC
/// (local forward search; ties go to the earlier document in symbol order).
public struct MainPath: Sendable {
    /// A link of the lineage DAG with its search path count.
    public struct Link: Hashable, Sendable {
        /// The cited (earlier) document.
        public var cited: Int32
        /// The citing (later) document.
        public var citing: Int32
        /// The search path count.
        public var count: Double
    }

    /// The links by descending SPC, and the main path from oldest to newest.
    public struct Result: Sendable, Equatable {
        /// Every link of the DAG, by descending SPC then (cited, citing).
        public var links: [Link]
        /// The main path, oldest document first.
        public var path: [Int32]
    }

    /// Creates the analysis.
    public init() {}

    /// Runs main path analysis on the documents `nodes` of `graph` (e.g. a lineage with its start).
    public func analyse(_ nodes: [Int32], in graph: CitationGraph) -> Result {
        // Topological order: oldest first by time key, then node index.
        let members = Array(Set(nodes)).sorted { Self.precedes($0, $1, in: graph) }
        var position = [Int32: Int](minimumCapacity: members.count)
        for (index, node) in members.enumerated() { position[node] = index }
        // cites[i]: positions of the earlier members member i cites; citedBy[i]: later members citing i.
        var cites = [[Int]](repeating: [], count: members.count)
        var citedBy = [[Int]](repeating: [], count: members.count)
        for (index, node) in members.enumerated() {
            for target in graph.digraph.successors(of: node) {
                guard let targetIndex = position[target], targetIndex < index else { continue }
                cites[index].append(targetIndex)
                citedBy[targetIndex].append(index)
            }
        }
        for index in members.indices {
            cites[index].sort()
            citedBy[index].sort()
        }
        var fromSources = [Double](repeating: 0, count: members.count)
        for index in members.indices {
            fromSources[index] = cites[index].isEmpty ? 1 : cites[index].reduce(0) { $0 + fromSources[$1] }
        }
        var toSinks = [Double](repeating: 0, count: members.count)
        for index in members.indices.reversed() {
            toSinks[index] = citedBy[index].isEmpty ? 1 : citedBy[index].reduce(0) { $0 + toSinks[$1] }
        }
        var links = [Link]()
        for cited in members.indices {
            for citing in citedBy[cited] {
                links.append(Link(cited: members[cited], citing: members[citing], count: fromSources[cited] * toSinks[citing]))
            }
        }
        links.sort { $0.count != $1.count ? $0.count > $1.count : ($0.cited, $0.citing) < ($1.cited, $1.citing) }

        // Local forward search from the best link leaving a source.
        func best(from index: Int) -> Int? {
            citedBy[index].max { fromSources[index] * toSinks[$0] < fromSources[index] * toSinks[$1] || (fromSources[index] * toSinks[$0] == fromSources[index] * toSinks[$1] && $0 > $1) }
        }
        var path = [Int32]()
        let sources = members.indices.filter { cites[$0].isEmpty && !citedBy[$0].isEmpty }
        let start = sources.max { lhs, rhs in
            let l = best(from: lhs).map { fromSources[lhs] * toSinks[$0] } ?? 0
            let r = best(from: rhs).map { fromSources[rhs] * toSinks[$0] } ?? 0
            return l != r ? l < r : lhs > rhs
        }
        var current = start
        while let index = current {
            path.append(members[index])
            current = best(from: index)
        }
        return Result(links: links, path: path)
    }

    /// Strict time order: earlier time key first, then symbol order; documents with no time sort first.
    static func precedes(_ lhs: Int32, _ rhs: Int32, in graph: CitationGraph) -> Bool {
        let (l, r) = (graph.node(lhs).timeKey ?? "", graph.node(rhs).timeKey ?? "")
        return l != r ? l < r : lhs < rhs
    }
}
