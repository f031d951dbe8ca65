import CitegraphCitations
import CitegraphGraph

/// How much citing happened each year, by the citing document's year.
public struct CitationsPerYear: Sendable {
    /// The counts of one year.
    public struct Year: Hashable, Sendable {
        /// The citing year.
        public var year: Int
        /// Documents of that year citing at least one document.
        public var citingDocuments: Int
        /// Distinct citing–cited pairs.
        public var citedPairs: Int
        /// Citation occurrences (every mention, in every language version).
        public var occurrences: Int
    }

    /// The counts by year, oldest first, and what could not be dated.
    public struct Result: Sendable, Equatable {
        /// One entry per year with citations.
        public var years: [Year]
        /// Citing documents without a known year (their citations are not in ``years``).
        public var undatedCitingDocuments: Int
    }

    /// Count only these relations; nil counts all.
    public var relations: Set<Relation>?

    /// Creates the analysis.
    public init(relations: Set<Relation>? = nil) {
        self.relations = relations
    }

    /// Counts the citations of a graph by citing year.
    public func count(in graph: CitationGraph) -> Result {
        var byYear = [Int: Year]()
        var undated = 0
        for source in 0..<graph.nodeCount {
            var targets = Set<Int32>()
            var occurrences = 0
            for position in graph.edgePositions(from: Int32(source)) {
                let edge = graph.edge(at: position)
                guard relations?.contains(edge.relation) ?? true else { continue }
                targets.insert(edge.target)
                occurrences += edge.count
            }
            guard !targets.isEmpty else { continue }
            guard let year = graph.nodes[source].year else {
                undated += 1
                continue
            }
            var entry = byYear[year] ?? Year(year: year, citingDocuments: 0, citedPairs: 0, occurrences: 0)
            entry.citingDocuments += 1
            entry.citedPairs += targets.count
            entry.occurrences += occurrences
            byYear[year] = entry
        }
        return Result(years: byYear.keys.sorted().compactMap { byYear[$0] }, undatedCitingDocuments: undated)
    }
}
