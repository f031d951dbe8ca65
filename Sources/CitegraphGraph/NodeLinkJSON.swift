import CitegraphCitations
import CitegraphDocuments
import Foundation

/// The records of NetworkX's node-link JSON format, as Citegraph writes and reads them.
///
/// Citegraph writes a multigraph: one edge per (source, target, relation), keyed by the relation, so
/// that `networkx.readwrite.json_graph.node_link_graph(data)` (NetworkX 3.6 defaults: `edges="edges"`)
/// loads it without arguments as a `MultiDiGraph`; `networkx.DiGraph(G)` then gives the collapsed
/// graph the analyses use. Edge counts are stored as `count`, not `weight`, so NetworkX's weighted
/// algorithms see the collapsed graph unweighted, as Citegraph's do.
enum NodeLink {
    struct File: Codable {
        var directed: Bool
        var multigraph: Bool
        var graph: GraphAttributes?
        var nodes: [Node]
        var edges: [Edge]?
        var links: [Edge]?
    }

    struct GraphAttributes: Codable {
        var name: String?
        var notes: BuildNotes?
    }

    struct Node: Codable {
        var id: String
        var kind: String?
        var label: String?
        var date: String?
        var year: Int?
        var title: String?
        var themes: [String]?
        var theme_counts: [String: Int]?
        var languages: [String]?
        var files: [String]?
        var versions: [LanguageVersion]?
        var in_corpus: Bool?
    }

    struct Edge: Codable {
        var source: String
        var target: String
        var key: String?
        var relation: String?
        var count: Int?
        var provenance: [Provenance]?
        /// Written (true) only on citations from an earlier document to a later one; derived on reading.
        var forward_in_time: Bool?
    }
}

extension CitationGraph {
    /// The graph as NetworkX node-link JSON (a directed multigraph, one edge per relation), with
    /// sorted keys: the same graph always gives the same bytes.
    ///
    /// The compact form is encoded in slices of nodes on every core and the slices' arrays joined,
    /// the edges written by ``NodeLinkEdgeWriter``: the bytes are those one `JSONEncoder` pass over
    /// the whole file gives.
    public func nodeLinkJSON(prettyPrinted: Bool = false) throws -> Data {
        @Sendable func makeEncoder() -> JSONEncoder {
            let encoder = JSONEncoder()
            encoder.outputFormatting = prettyPrinted ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
            return encoder
        }
        let encoder = makeEncoder()
        let attributes = NodeLink.GraphAttributes(name: "citegraph", notes: notes)
        if prettyPrinted {
            let file = NodeLink.File(
                directed: true, multigraph: true, graph: attributes, nodes: nodeRecords(0..<nodes.count),
                edges: edgeRecords(from: 0..<nodes.count), links: nil)
            return try encoder.encode(file)
        }
        let sliceCount = max(1, min(ProcessInfo.processInfo.activeProcessorCount * 4, nodes.count / 512))
        let bounds = (0...sliceCount).map { nodes.count * $0 / sliceCount }
        let slices = UnsafeMutableBufferPointer<Result<(nodes: Data, edges: Data), Error>?>.allocate(capacity: sliceCount)
        slices.initialize(repeating: nil)
        defer { slices.deinitialize(); slices.deallocate() }
        nonisolated(unsafe) let shared = slices
        DispatchQueue.concurrentPerform(iterations: sliceCount) { slice in
            let range = bounds[slice]..<bounds[slice + 1]
            let sliceEncoder = makeEncoder()
            shared[slice] = Result {
                var edges = NodeLinkEdgeWriter()
                edges.writeEdges(of: self, from: range)
                return (try sliceEncoder.encode(nodeRecords(range)), Data(edges.bytes))
            }
        }
        var nodeArrays: [Data] = []
        var edgeArrays: [Data] = []
        for slice in slices {
            guard let (nodeArray, edgeArray) = try slice?.get() else { continue }
            nodeArrays.append(nodeArray)
            edgeArrays.append(edgeArray)
        }
        // `{"directed":…,"edges":…,"graph":…,"multigraph":…,"nodes":…}`: the keys in sorted order.
        var data = Data("{\"directed\":true,\"edges\":".utf8)
        Self.appendJoinedArrays(edgeArrays, to: &data)
        data.append(contentsOf: Data(",\"graph\":".utf8))
        data.append(try encoder.encode(attributes))
        data.append(contentsOf: Data(",\"multigraph\":true,\"nodes\":".utf8))
        Self.appendJoinedArrays(nodeArrays, to: &data)
        data.append(UInt8(ascii: "}"))
        return data
    }

    /// Appends the elements of compact JSON arrays (`[…]`) as one array.
    private static func appendJoinedArrays(_ arrays: [Data], to data: inout Data) {
        data.append(UInt8(ascii: "["))
        var first = true
        for array in arrays where array.count > 2 {
            if !first { data.append(UInt8(ascii: ",")) }
            data.append(contentsOf: array.dropFirst().dropLast())
            first = false
        }
        data.append(UInt8(ascii: "]"))
    }

    /// The node records of the nodes in `range`.
    private func nodeRecords(_ range: Range<Int>) -> [NodeLink.Node] {
        range.map { index in
            let node = nodes[index]
            return NodeLink.Node(
                id: node.symbol.canonical, kind: node.kind.rawValue, label: node.symbol.shortLabel, date: node.date,
                year: node.year, title: node.title, themes: node.themes, theme_counts: node.themeCounts,
                languages: node.languages.map(\.code), files: node.files, versions: node.languageVersions, in_corpus: node.inCorpus)
        }
    }

    /// The edge records of the edges leaving the nodes in `sources`, in order.
    func edgeRecords(from sources: Range<Int>) -> [NodeLink.Edge] {
        var records = [NodeLink.Edge]()
        for source in sources {
            for position in edgePositions(from: Int32(source)) {
                let relation = edgeRelations[position].rawValue
                records.append(
                    NodeLink.Edge(
                        source: nodes[source].symbol.canonical, target: nodes[Int(edgeTargets[position])].symbol.canonical,
                        key: relation, relation: relation, count: Int(edgeCounts[position]),
                        provenance: Array(provenance(ofEdgeAt: position)),
                        forward_in_time: isForwardInTime(from: Int32(source), to: edgeTargets[position]) ? true : nil))
            }
        }
        return records
    }

    /// Reads a graph from node-link JSON as Citegraph or NetworkX writes it (`edges` or `links`,
    /// multigraph or not).
    ///
    /// Node ids must be UN document symbols. An edge's relation is its `relation` attribute, else its
    /// `key` when that names a relation, else `cites`; its count is `count`, else the number of
    /// provenance records, else 1. Repeated (source, target, relation) edges are merged.
    /// - Parameter source: a name for the input (a path) used in error messages.
    /// - Throws: ``GraphError`` naming `source` and what is wrong.
    public init(nodeLinkJSON data: Data, source: String = "node-link JSON") throws {
        guard !data.isEmpty else { throw GraphError.invalidNodeLink(source: source, reason: "empty input") }
        let file: NodeLink.File
        do {
            file = try JSONDecoder().decode(NodeLink.File.self, from: data)
        } catch let error as DecodingError {
            throw GraphError.invalidNodeLink(source: source, reason: Self.explain(error))
        } catch {
            throw GraphError.invalidNodeLink(source: source, reason: "\(error)")
        }
        guard file.directed else {
            throw GraphError.invalidNodeLink(source: source, reason: "the graph is undirected; citation graphs are directed")
        }
        guard file.nodes.count < Int(Int32.max) else {
            throw GraphError.tooLarge(source: source, reason: "\(file.nodes.count) nodes")
        }

        var records = [(DocumentSymbol, NodeLink.Node)]()
        records.reserveCapacity(file.nodes.count)
        for node in file.nodes {
            guard let symbol = DocumentSymbol(parsing: node.id) else { throw GraphError.invalidSymbol(source: source, text: node.id) }
            records.append((Self.symbol(symbol, kindText: node.kind), node))
        }
        records.sort { $0.0 < $1.0 }
        for position in records.indices.dropFirst() where records[position].0 == records[position - 1].0 {
            throw GraphError.invalidNodeLink(source: source, reason: "node \(records[position].0) appears twice")
        }
        var index = [String: Int32](minimumCapacity: records.count)
        for (position, record) in records.enumerated() {
            index[record.1.id] = Int32(position)
            index[record.0.canonical] = Int32(position)
        }
        let nodes = try records.map { symbol, record in
            var versions = record.versions ?? []
            if versions.isEmpty, let languages = record.languages, let files = record.files, languages.count == 1, files.count == 1 {
                guard let language = Language(identifier: languages[0]) else {
                    throw GraphError.invalidValue(source: source, field: "language of \(record.id)", reason: languages[0])
                }
                versions = [LanguageVersion(language: language, file: files[0])]
            }
            return GraphNode(
                symbol: symbol, date: record.date, title: record.title, themeCounts: try Self.themeCounts(record, source: source),
                languageVersions: Array(Set(versions)).sorted())
        }

        struct Key: Hashable { var source: Int32, target: Int32, relation: Relation }
        var merged = [Key: CitationGraph.TypedEdgeRecord]()
        for edge in (file.edges ?? []) + (file.links ?? []) {
            guard let from = index[edge.source] else { throw GraphError.unknownNode(source: source, symbol: edge.source) }
            guard let to = index[edge.target] else { throw GraphError.unknownNode(source: source, symbol: edge.target) }
            let relation: Relation
            if let name = edge.relation {
                guard let named = Relation(rawValue: name) else {
                    throw GraphError.invalidValue(source: source, field: "relation of \(edge.source) → \(edge.target)", reason: name)
                }
                relation = named
            } else {
                relation = edge.key.flatMap(Relation.init(rawValue:)) ?? .cites
            }
            let provenance = edge.provenance ?? []
            let count = edge.count ?? max(provenance.count, 1)
            guard count >= 1, count < Int(Int32.max) else {
                throw GraphError.invalidValue(source: source, field: "count of \(edge.source) → \(edge.target)", reason: "\(count)")
            }
            let key = Key(source: from, target: to, relation: relation)
            if var existing = merged[key] {
                existing.count += count
                existing.provenance += provenance
                merged[key] = existing
            } else {
                merged[key] = CitationGraph.TypedEdgeRecord(source: from, target: to, relation: relation, count: count, provenance: provenance)
            }
        }
        guard merged.count < Int(Int32.max) else { throw GraphError.tooLarge(source: source, reason: "\(merged.count) edges") }
        let edges = merged.values.sorted {
            ($0.source, $0.target) != ($1.source, $1.target) ? ($0.source, $0.target) < ($1.source, $1.target) : $0.relation < $1.relation
        }.map { record -> CitationGraph.TypedEdgeRecord in
            var sorted = record
            sorted.provenance.sort()
            return sorted
        }
        self.init(nodes: nodes, sortedEdges: edges, notes: file.graph?.notes ?? BuildNotes())
    }

    /// Reads a node-link JSON file.
    /// - Throws: ``GraphError`` naming the file, or the file system's error when it cannot be read.
    public init(contentsOfNodeLink url: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw GraphError.invalidNodeLink(source: url.path, reason: "cannot read the file (\(error.localizedDescription))")
        }
        try self.init(nodeLinkJSON: data, source: url.path)
    }

    /// A node's theme counts: `theme_counts` when given, else each of `themes` once.
    private static func themeCounts(_ record: NodeLink.Node, source: String) throws -> [String: Int] {
        var counts = record.theme_counts ?? [:]
        for (theme, count) in counts where count < 1 {
            throw GraphError.invalidValue(source: source, field: "theme_counts of \(record.id)", reason: "\(theme): \(count)")
        }
        for theme in record.themes ?? [] where counts[theme] == nil { counts[theme] = 1 }
        return counts
    }

    /// A symbol with the kind the file states, when it states one Citegraph knows.
    private static func symbol(_ parsed: DocumentSymbol, kindText: String?) -> DocumentSymbol {
        guard let kindText, let kind = DocumentKind(rawValue: kindText), kind != parsed.kind else { return parsed }
        return DocumentSymbol(canonical: parsed.canonical, kind: kind)
    }

    private static func explain(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let components = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return components.isEmpty ? "" : " at \(components)"
        }
        switch error {
        case .dataCorrupted(let context): return "malformed JSON\(path(context)): \(context.debugDescription)"
        case .keyNotFound(let key, let context): return "missing \"\(key.stringValue)\"\(path(context))"
        case .typeMismatch(_, let context): return "wrong type\(path(context)): \(context.debugDescription)"
        case .valueNotFound(_, let context): return "missing value\(path(context))"
        @unknown default: return "\(error)"
        }
    }
}
