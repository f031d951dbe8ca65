import CitegraphCitations
import CitegraphGraph

/// The lineage of a document: what it builds on (ancestors: the documents it cites, and theirs, …)
/// or what builds on it (descendants: the documents citing it, and theirs, …), to a depth.
///
/// Citations normally point back in time. An edge from an earlier document to a later one cannot be a
/// real citation (it is a misread symbol or year); when ``respectsTime`` is on, such edges are not
/// followed and are returned in ``Result/forwardInTime``.
public struct Lineage: Sendable {
    /// Which way to follow citations.
    public enum Direction: String, Sendable, CaseIterable {
        /// The documents the start cites, transitively.
        case ancestors
        /// The documents citing the start, transitively.
        case descendants
    }

    /// One document in a lineage.
    public struct Member: Hashable, Sendable {
        /// The document's node index.
        public var node: Int32
        /// The number of citation steps from the start (1 for a direct citation).
        public var depth: Int
        /// The node through which the search first reached it (breadth-first, lowest index first).
        public var via: Int32
    }

    /// A citation between two nodes: `citing` cites `cited`.
    public struct Link: Hashable, Sendable, Comparable {
        /// The citing node.
        public var citing: Int32
        /// The cited node.
        public var cited: Int32

        public static func < (lhs: Link, rhs: Link) -> Bool { (lhs.citing, lhs.cited) < (rhs.citing, rhs.cited) }
    }

    /// The result: members in breadth-first order (by depth, then symbol order).
    public struct Result: Sendable, Equatable {
        /// The documents of the lineage, without the start.
        public var members: [Member]
        /// Edges not followed because they go forward in time (citing → cited), sorted.
        public var forwardInTime: [Link]
    }

    /// Which way to go.
    public var direction: Direction
    /// The most citation steps to follow; nil follows all.
    public var depth: Int?
    /// Follow only citations with these relations; nil follows all.
    public var relations: Set<Relation>?
    /// Skip edges going forward in time (on by default).
    public var respectsTime: Bool

    /// Creates the analysis.
    public init(direction: Direction, depth: Int? = nil, relations: Set<Relation>? = nil, respectsTime: Bool = true) {
        self.direction = direction
        self.depth = depth
        self.relations = relations
        self.respectsTime = respectsTime
    }

    /// The lineage of the node `start`.
    public func members(of start: Int32, in graph: CitationGraph) -> Result {
        let digraph = graph.digraph(relations: relations)
        var seen = [Bool](repeating: false, count: graph.nodeCount)
        var members = [Member]()
        var forward = Set<Link>()
        seen[Int(start)] = true
        var frontier = [start]
        var level = 0
        while !frontier.isEmpty, depth.map({ level < $0 }) ?? true {
            level += 1
            var next = [Int32]()
            for node in frontier {
                let neighbours = direction == .ancestors ? digraph.successors(of: node) : digraph.predecessors(of: node)
                for neighbour in neighbours {
                    let (citing, cited) = direction == .ancestors ? (node, neighbour) : (neighbour, node)
                    if respectsTime, graph.isForwardInTime(from: citing, to: cited) {
                        forward.insert(Link(citing: citing, cited: cited))
                        continue
                    }
                    if seen[Int(neighbour)] { continue }
                    seen[Int(neighbour)] = true
                    members.append(Member(node: neighbour, depth: level, via: node))
                    next.append(neighbour)
                }
            }
            frontier = next.sorted()
        }
        members.sort { $0.depth != $1.depth ? $0.depth < $1.depth : $0.node < $1.node }
        return Result(members: members, forwardInTime: forward.sorted())
    }
}
