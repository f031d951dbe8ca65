import CitegraphCitations
import CitegraphDocuments

/// The typed citation graph of a corpus of UN documents.
///
/// - Nodes are documents keyed by canonical symbol, one per document whatever the languages and files
///   it was read from, including documents that are cited but not in the corpus. They are sorted by the
///   symbol's natural order (kind, year, number, text), and a node's index is its position.
/// - Typed edges: one per (source, target, ``Relation``), with the number of occurrences and the
///   provenance of each (file, paragraph, quote, language). They are sorted by source, target, relation.
/// - ``digraph`` collapses the typed edges into a simple directed graph (one unweighted edge per cited
///   pair, whatever the relations and counts), which is what the analyses run on; this is the graph
///   NetworkX builds with `nx.DiGraph(G)` from the node-link JSON.
///
/// Self-citations (a document naming its own symbol, usually in its title) are not edges, and
/// citations whose citing document has no known symbol cannot be placed; both are counted in
/// ``notes``. Storage is compact: `Int32` indices in contiguous arrays.
public struct CitationGraph: Sendable {
    /// The nodes, sorted by symbol.
    public let nodes: [GraphNode]
    /// The collapsed simple directed graph over node indices, citing → cited.
    public let digraph: Digraph
    /// What building the graph left out, and why.
    public let notes: BuildNotes

    /// Typed edges in compressed rows: the edges of node `v` are `edgeOffsets[v]..<edgeOffsets[v+1]`.
    let edgeOffsets: [Int32]
    let edgeTargets: [Int32]
    let edgeRelations: [Relation]
    let edgeCounts: [Int32]
    /// The provenance of typed edge `e` is `provenance[provenanceOffsets[e]..<provenanceOffsets[e+1]]`.
    let provenanceOffsets: [Int32]
    let provenanceRecords: [Provenance]
    let indexBySymbol: [DocumentSymbol: Int32]

    /// Builds the graph of the documents read from a corpus and the citations extracted from them.
    public init(documents: [Document], citations: [Citation], yearTable: ResolutionYearTable = .standard) {
        var notes = BuildNotes()
        let resolver = SuspectCitationResolver(table: yearTable)
        var placed = [Citation]()
        placed.reserveCapacity(citations.count)
        for citation in citations {
            switch resolver.resolve(citation) {
            case .kept(let citation): placed.append(citation)
            case .corrected(let citation):
                notes.suspectYearsCorrected += 1
                placed.append(citation)
            case .leftOut: notes.laterResolutionsLeftOut += 1
            }
        }
        let citations = placed
        var symbols = Set<DocumentSymbol>()
        for document in documents {
            if let symbol = document.symbol { symbols.insert(symbol) } else { notes.documentsWithoutSymbol += 1 }
        }
        for position in citations.indices {
            guard let source = citations[position].source else { continue }
            symbols.insert(source)
            symbols.insert(citations[position].target)
        }
        let sorted = symbols.sorted()
        var index = [DocumentSymbol: Int32](minimumCapacity: sorted.count)
        for (position, symbol) in sorted.enumerated() { index[symbol] = Int32(position) }

        // Node attributes from the documents' versions and the themes citing texts give.
        var versions = [[LanguageVersion]](repeating: [], count: sorted.count)
        var dates = [String?](repeating: nil, count: sorted.count)
        var titles = [(Language, String)?](repeating: nil, count: sorted.count)
        var themes = [[String: Int]](repeating: [:], count: sorted.count)
        for document in documents {
            guard let symbol = document.symbol, let node = index[symbol].map(Int.init) else { continue }
            versions[node].append(LanguageVersion(language: document.language, file: document.file))
            if let date = document.date, !date.isEmpty, dates[node].map({ date < $0 }) ?? true { dates[node] = date }
            if let title = document.title, !title.isEmpty {
                let candidate = (document.language, title)
                if let current = titles[node] {
                    if candidate.0 == .english && current.0 != .english
                        || (candidate.0 == .english) == (current.0 == .english) && (candidate.0, candidate.1) < (current.0, current.1)
                    {
                        titles[node] = candidate
                    }
                } else {
                    titles[node] = candidate
                }
            }
        }

        // Typed edges: sort occurrences by (source, target, relation), then group runs.
        struct Occurrence {
            var source: Int32, target: Int32, relation: Int, citation: Int
            func precedes(_ other: Occurrence) -> Bool {
                (source, target, relation, citation) < (other.source, other.target, other.relation, other.citation)
            }
            func sameEdge(as other: Occurrence) -> Bool {
                (source, target, relation) == (other.source, other.target, other.relation)
            }
        }
        var occurrences = [Occurrence]()
        occurrences.reserveCapacity(citations.count)
        for position in citations.indices {
            guard let source = citations[position].source.flatMap({ index[$0] }), let target = index[citations[position].target] else {
                notes.citationsWithoutSource += 1
                continue
            }
            if let theme = citations[position].theme, let normalised = Self.normalisedTheme(theme) {
                themes[Int(target)][normalised, default: 0] += 1
            }
            guard source != target else {
                notes.selfCitations += 1
                continue
            }
            if citations[position].suspect { notes.suspectCitations += 1 }
            let relation = Relation.allCases.firstIndex(of: citations[position].relation) ?? 0
            occurrences.append(Occurrence(source: source, target: target, relation: relation, citation: position))
        }
        occurrences.sort { $0.precedes($1) }
        var edges = [TypedEdgeRecord]()
        var run = occurrences.startIndex
        while run < occurrences.endIndex {
            var end = run
            while end < occurrences.endIndex && occurrences[end].sameEdge(as: occurrences[run]) { end += 1 }
            let provenance = occurrences[run..<end].map { occurrence -> Provenance in
                let citation = citations[occurrence.citation]
                return Provenance(
                    file: citation.file, paragraph: citation.paragraph, quote: citation.quote, language: citation.language,
                    pinpoint: citation.pinpoint)
            }
            let first = occurrences[run]
            edges.append(
                TypedEdgeRecord(
                    source: first.source, target: first.target, relation: Relation.allCases[first.relation], provenance: provenance.sorted()))
            run = end
        }
        let nodes = sorted.indices.map { node in
            GraphNode(
                symbol: sorted[node], date: dates[node], title: titles[node]?.1, themeCounts: themes[node],
                languageVersions: Array(Set(versions[node])).sorted())
        }
        self.init(nodes: nodes, sortedEdges: edges, notes: notes)
    }

    /// One typed edge with its provenance, as assembled by readers before compaction.
    struct TypedEdgeRecord {
        var source: Int32
        var target: Int32
        var relation: Relation
        var count: Int
        var provenance: [Provenance]

        init(source: Int32, target: Int32, relation: Relation, count: Int? = nil, provenance: [Provenance]) {
            self.source = source
            self.target = target
            self.relation = relation
            self.count = count ?? provenance.count
            self.provenance = provenance
        }
    }

    /// Assembles the compact graph from nodes sorted by symbol and typed edges sorted by
    /// (source, target, relation) without repeats.
    init(nodes: [GraphNode], sortedEdges edges: [TypedEdgeRecord], notes: BuildNotes) {
        self.nodes = nodes
        self.notes = notes
        var index = [DocumentSymbol: Int32](minimumCapacity: nodes.count)
        for (position, node) in nodes.enumerated() { index[node.symbol] = Int32(position) }
        self.indexBySymbol = index

        var edgeOffsets = [Int32](repeating: 0, count: nodes.count + 1)
        var edgeTargets = [Int32](), edgeRelations = [Relation](), edgeCounts = [Int32]()
        var provenanceOffsets: [Int32] = [0], provenance = [Provenance]()
        edgeTargets.reserveCapacity(edges.count)
        edgeRelations.reserveCapacity(edges.count)
        edgeCounts.reserveCapacity(edges.count)
        provenanceOffsets.reserveCapacity(edges.count + 1)
        var collapsedOffsets = [Int32](repeating: 0, count: nodes.count + 1)
        var collapsedTargets = [Int32]()
        var last: (Int32, Int32) = (-1, -1)
        for edge in edges {
            edgeOffsets[Int(edge.source) + 1] += 1
            edgeTargets.append(edge.target)
            edgeRelations.append(edge.relation)
            edgeCounts.append(Int32(clamping: edge.count))
            provenance.append(contentsOf: edge.provenance)
            provenanceOffsets.append(Int32(clamping: provenance.count))
            if (edge.source, edge.target) != last {
                last = (edge.source, edge.target)
                collapsedOffsets[Int(edge.source) + 1] += 1
                collapsedTargets.append(edge.target)
            }
        }
        for node in nodes.indices {
            edgeOffsets[node + 1] += edgeOffsets[node]
            collapsedOffsets[node + 1] += collapsedOffsets[node]
        }
        self.edgeOffsets = edgeOffsets
        self.edgeTargets = edgeTargets
        self.edgeRelations = edgeRelations
        self.edgeCounts = edgeCounts
        self.provenanceOffsets = provenanceOffsets
        self.provenanceRecords = provenance
        self.digraph = Digraph(nodeCount: nodes.count, outOffsets: collapsedOffsets, outTargets: collapsedTargets)
    }

    static func normalisedTheme(_ theme: String?) -> String? {
        guard let theme else { return nil }
        let words = theme.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return words.isEmpty ? nil : words
    }

    // MARK: Queries

    /// The number of nodes.
    public var nodeCount: Int { nodes.count }

    /// The number of typed edges (one per source, target and relation).
    public var edgeCount: Int { edgeTargets.count }

    /// The index of the node for a symbol, or nil when the graph does not hold it.
    public func index(of symbol: DocumentSymbol) -> Int32? { indexBySymbol[symbol] }

    /// The node at an index.
    public func node(_ index: Int32) -> GraphNode { nodes[Int(index)] }

    /// The typed edge at a position in the sorted order (`0..<edgeCount`).
    public func edge(at position: Int) -> CitationEdge {
        CitationEdge(
            source: sourceOfEdge(at: position), target: edgeTargets[position], relation: edgeRelations[position],
            count: Int(edgeCounts[position]))
    }

    /// All typed edges, sorted by source, target and relation.
    public var edges: [CitationEdge] { (0..<edgeCount).map(edge(at:)) }

    /// The positions of the typed edges leaving a node.
    public func edgePositions(from node: Int32) -> Range<Int> {
        Int(edgeOffsets[Int(node)])..<Int(edgeOffsets[Int(node) + 1])
    }

    /// The provenance of every occurrence of the typed edge at a position.
    public func provenance(ofEdgeAt position: Int) -> ArraySlice<Provenance> {
        provenanceRecords[Int(provenanceOffsets[position])..<Int(provenanceOffsets[position + 1])]
    }

    private func sourceOfEdge(at position: Int) -> Int32 {
        // The last node whose run starts at or before the position.
        var low = 0, high = nodes.count
        while low < high {
            let middle = (low + high) / 2
            if Int(edgeOffsets[middle + 1]) <= position { low = middle + 1 } else { high = middle }
        }
        return Int32(low)
    }

    /// The collapsed graph restricted to some relations and to citing documents of some years.
    ///
    /// - Parameters:
    ///   - relations: keep only typed edges with these relations; nil keeps all.
    ///   - citingYears: keep only edges whose citing document's year is in the range; nil keeps all.
    public func digraph(relations: Set<Relation>? = nil, citingYears: ClosedRange<Int>? = nil) -> Digraph {
        if relations == nil && citingYears == nil { return digraph }
        var offsets = [Int32](repeating: 0, count: nodes.count + 1)
        var targets = [Int32]()
        for source in 0..<nodes.count {
            if let citingYears, !(nodes[source].year.map(citingYears.contains) ?? false) {
                offsets[source + 1] = Int32(targets.count)
                continue
            }
            var previous: Int32 = -1
            for position in edgePositions(from: Int32(source)) where relations?.contains(edgeRelations[position]) ?? true {
                if edgeTargets[position] != previous {
                    previous = edgeTargets[position]
                    targets.append(previous)
                }
            }
            offsets[source + 1] = Int32(targets.count)
        }
        return Digraph(nodeCount: nodes.count, outOffsets: offsets, outTargets: targets)
    }

    /// The relations of the typed edges from `source` to `target`, in order.
    public func relations(from source: Int32, to target: Int32) -> [Relation] {
        edgePositions(from: source).filter { edgeTargets[$0] == target }.map { edgeRelations[$0] }
    }

    /// True when the citation `source → target` goes forward in time: the citing document is dated
    /// before the cited one (by date when both are known, else by year). Such edges are usually
    /// misread citations; lineage skips them.
    public func isForwardInTime(from source: Int32, to target: Int32) -> Bool {
        let citing = nodes[Int(source)], cited = nodes[Int(target)]
        if let citingDate = citing.date, let citedDate = cited.date, citingDate.count >= 10, citedDate.count >= 10 {
            return citingDate < citedDate
        }
        guard let citingYear = citing.year, let citedYear = cited.year else { return false }
        return citingYear < citedYear
    }

    /// The collapsed edges going forward in time (see ``isForwardInTime(from:to:)``), as (citing, cited).
    public var forwardInTimeEdges: [(citing: Int32, cited: Int32)] {
        var result = [(citing: Int32, cited: Int32)]()
        for source in 0..<Int32(nodes.count) {
            for target in digraph.successors(of: source) where isForwardInTime(from: source, to: target) {
                result.append((source, target))
            }
        }
        return result
    }

    /// The bytes held by the structural arrays (typed edges, provenance offsets, collapsed adjacency),
    /// not counting node attributes and provenance records.
    public var structuralStorageBytes: Int {
        digraph.storageBytes
            + MemoryLayout<Int32>.stride * (edgeOffsets.count + edgeTargets.count + edgeCounts.count + provenanceOffsets.count)
            + MemoryLayout<Relation>.stride * edgeRelations.count
    }
}

/// What building a graph left out, and why; nothing is dropped silently.
public struct BuildNotes: Hashable, Sendable, Codable {
    /// Documents whose symbol the reader could not find; their citations have no source.
    public var documentsWithoutSymbol = 0
    /// Citations whose citing document has no symbol: they cannot be placed in the graph.
    public var citationsWithoutSource = 0
    /// Citations of a document by itself (its own symbol in its title): not edges.
    public var selfCitations = 0
    /// Citations the extractor flagged as suspect (kept as edges).
    public var suspectCitations = 0
    /// Suspect citations of a Council resolution whose written year contradicted the year table,
    /// placed on the table's year (`2312 (2106)` → `S/RES/2312 (2016)`).
    public var suspectYearsCorrected = 0
    /// Suspect citations of a Council resolution adopted after the citing document (a yearless
    /// number naming another body's resolution): left out of the graph.
    public var laterResolutionsLeftOut = 0

    /// Creates empty notes.
    public init() {}

    private enum CodingKeys: String, CodingKey {
        case documentsWithoutSymbol, citationsWithoutSource, selfCitations, suspectCitations, suspectYearsCorrected, laterResolutionsLeftOut
    }

    /// Reads notes, counting as zero what older graph files did not record.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        documentsWithoutSymbol = try container.decodeIfPresent(Int.self, forKey: .documentsWithoutSymbol) ?? 0
        citationsWithoutSource = try container.decodeIfPresent(Int.self, forKey: .citationsWithoutSource) ?? 0
        selfCitations = try container.decodeIfPresent(Int.self, forKey: .selfCitations) ?? 0
        suspectCitations = try container.decodeIfPresent(Int.self, forKey: .suspectCitations) ?? 0
        suspectYearsCorrected = try container.decodeIfPresent(Int.self, forKey: .suspectYearsCorrected) ?? 0
        laterResolutionsLeftOut = try container.decodeIfPresent(Int.self, forKey: .laterResolutionsLeftOut) ?? 0
    }
}
