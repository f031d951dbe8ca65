import CitegraphDocuments
import CitegraphGraph

/// Where an agenda comes from and who joined it, year by year.
///
/// An agenda starts either from a theme the citing texts name (`women, peace and security`) or from a
/// founding document (`S/RES/1325 (2000)`):
/// - its **core** is, for a theme, every document cited under that theme; for a founding document,
///   the founder and the documents cited under its principal theme (the theme it is most often cited
///   under, unless one is given) that reach it through a chain of such documents (each citing the
///   previous one, back in time);
/// - its **founders** are, for a theme, the core documents mostly cited under that theme (their
///   principal theme) citing no other such document — a core document mostly cited under another
///   theme (`S/RES/1612 (2005)`, children and armed conflict, which some texts also list under women,
///   peace and security) is a member, not a founder; when no core document is mostly cited under the
///   theme, the core documents citing no other core document; a document only cited (not in the
///   corpus, so what it cites is unknown) founds it only when no document of the theme is older;
///   for a founding document, the founder;
/// - its **members** are the core plus every document citing a core document directly: documents
///   citing the founder directly or through a chain of the theme's documents.
/// Citations going forward in time are ignored.
public struct Agenda: Sendable {
    /// What the agenda starts from.
    public enum Origin: Sendable, Equatable {
        /// A theme named by citing texts (matched case- and space-insensitively).
        case theme(String)
        /// A founding document.
        case founder(DocumentSymbol)
    }

    /// One member of the agenda.
    public struct Member: Hashable, Sendable {
        /// The document's node index.
        public var node: Int32
        /// The document's year, when known.
        public var year: Int?
        /// True for core documents (the theme's own documents or the founder).
        public var isCore: Bool
        /// The core documents it cites directly (ascending node indices).
        public var citesCore: [Int32]
    }

    /// The members of one year.
    public struct Year: Hashable, Sendable {
        /// The year.
        public var year: Int
        /// The members dated that year, in symbol order.
        public var members: [Int32]
    }

    /// The traced agenda.
    public struct Result: Sendable, Equatable {
        /// The founders, in symbol order.
        public var founders: [Int32]
        /// Every member, in symbol order.
        public var members: [Member]
        /// Members by year, oldest first; members without a year are left out here.
        public var years: [Year]
    }

    /// What the agenda starts from.
    public var origin: Origin
    /// For a founding document, the theme that chains documents to it; nil takes its principal theme.
    public var theme: String?

    /// Creates the analysis.
    public init(_ origin: Origin, theme: String? = nil) {
        self.origin = origin
        self.theme = theme
    }

    /// Traces the agenda in a graph.
    /// - Throws: ``AnalysisError/unknownTheme(_:)`` or ``AnalysisError/unknownDocument(_:)``.
    public func trace(in graph: CitationGraph) throws -> Result {
        let digraph = graph.digraph
        var isCore = [Bool](repeating: false, count: graph.nodeCount)
        var founders = [Int32]()
        switch origin {
        case .theme(let text):
            let theme = Self.normalised(text)
            for node in 0..<graph.nodeCount where graph.nodes[node].themes.contains(where: { Self.normalised($0) == theme }) {
                isCore[node] = true
            }
            guard isCore.contains(true) else { throw AnalysisError.unknownTheme(text) }
            // The theme's own documents: those mostly cited under it; other core documents anchor
            // other themes. Without any, every core document counts.
            var isOwn = isCore.indices.map { isCore[$0] && graph.nodes[$0].principalThemes.contains { Self.normalised($0) == theme } }
            if !isOwn.contains(true) { isOwn = isCore }
            // A document the corpus only cites has no known citations: it founds the agenda only when
            // no document of the theme is older.
            let earliest = isOwn.indices.filter { isOwn[$0] }.compactMap { graph.nodes[$0].timeKey }.min()
            for node in 0..<graph.nodeCount where isOwn[node] {
                let citesOwn = digraph.successors(of: Int32(node)).contains { isOwn[Int($0)] && !graph.isForwardInTime(from: Int32(node), to: $0) }
                let unknownAndLater = !graph.nodes[node].inCorpus && graph.nodes[node].timeKey.map { time in earliest.map { $0 < time } ?? false } ?? false
                if !citesOwn, !unknownAndLater { founders.append(Int32(node)) }
            }
        case .founder(let symbol):
            guard let founder = graph.index(of: symbol) else { throw AnalysisError.unknownDocument(symbol.canonical) }
            founders = [founder]
            isCore[Int(founder)] = true
            let themes = Set((theme.map { [$0] } ?? graph.node(founder).principalThemes).map(Self.normalised))
            // Documents of the founder's themes reaching it through such documents, back in time.
            var frontier = [founder]
            while let node = frontier.popLast() {
                for citing in digraph.predecessors(of: node) where !isCore[Int(citing)] {
                    guard !graph.isForwardInTime(from: citing, to: node),
                          graph.node(citing).themes.contains(where: { themes.contains(Self.normalised($0)) })
                    else { continue }
                    isCore[Int(citing)] = true
                    frontier.append(citing)
                }
            }
        }

        var members = [Member]()
        for node in 0..<graph.nodeCount {
            let cited = digraph.successors(of: Int32(node)).filter { isCore[Int($0)] && !graph.isForwardInTime(from: Int32(node), to: $0) }
            guard isCore[node] || !cited.isEmpty else { continue }
            members.append(Member(node: Int32(node), year: graph.nodes[node].year, isCore: isCore[node], citesCore: Array(cited)))
        }
        var byYear = [Int: [Int32]]()
        for member in members { if let year = member.year { byYear[year, default: []].append(member.node) } }
        let years = byYear.keys.sorted().map { Year(year: $0, members: byYear[$0, default: []]) }
        return Result(founders: founders, members: members, years: years)
    }

    static func normalised(_ theme: String) -> String {
        theme.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
