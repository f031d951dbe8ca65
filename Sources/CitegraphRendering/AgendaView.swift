import Foundation
import CitegraphAnalysis
import CitegraphDocuments
import CitegraphGraph

/// The map of an agenda: the documents of a theme (`women, peace and security`) or of a founding
/// document's line (`S/RES/1325 (2000)`) and those citing them, in time order, grouped in boxes:
/// by the theme a document is most often cited under (`cited under “children and armed conflict”`),
/// else by the agenda item it was adopted under (its title: `The situation in Mali`).
///
/// Pruned to stay readable and fast: every core document (up to ``maximumDocuments``), then the most
/// cited other members; the citations among them transitively reduced; at most ``maximumClusters``
/// boxes, the largest.
public struct AgendaView: DiagramView {
    /// Where the agenda starts.
    public var origin: Agenda.Origin
    /// The most documents drawn.
    public var maximumDocuments: Int
    /// The most boxes drawn; smaller groups are left unboxed.
    public var maximumClusters: Int

    /// Creates the view.
    public init(origin: Agenda.Origin, maximumDocuments: Int = 60, maximumClusters: Int = 6) {
        self.origin = origin
        self.maximumDocuments = max(1, maximumDocuments)
        self.maximumClusters = max(0, maximumClusters)
    }

    /// The longest cluster label; longer agenda items are cut with an ellipsis.
    static let longestClusterLabel = 48

    public func diagram(of graph: CitationGraph) throws -> CitationDiagram {
        let result: Agenda.Result
        do {
            result = try Agenda(origin).trace(in: graph)
        } catch AnalysisError.unknownTheme(let theme) {
            throw DiagramError.unknownTheme(theme)
        } catch AnalysisError.unknownDocument(let symbol) {
            throw DiagramError.unknownDocument(symbol)
        }
        let excerpt = GraphExcerpt(graph: graph)
        let scores = GraphExcerpt.citingCounts(graph)
        let founders = Set(result.founders)
        let core = result.members.filter(\.isCore).map(\.node)
        let others = result.members.filter { !$0.isCore }.map(\.node)
        let keptCore = excerpt.top(core, scores: scores, limit: maximumDocuments)
        let keptOthers = excerpt.top(others, scores: scores, limit: maximumDocuments - keptCore.count)
        let chosen = Set(keptCore + keptOthers)

        var notes: [String] = []
        if chosen.count < result.members.count {
            notes.append("showing \(chosen.count) of \(result.members.count) members: \(keptCore.count) of \(core.count) core documents, "
                + "then the \(keptOthers.count) most cited of \(others.count) documents citing them")
        }
        let clusters = clusterNames(for: Array(chosen), in: graph)
        let allLinks = excerpt.links(among: chosen).map { ($0.citing, $0.cited) }
        let links = TransitiveReduction.reduce(allLinks)
        if links.count < allLinks.count {
            notes.append("transitive reduction: \(allLinks.count - links.count) of \(allLinks.count) citations implied by others not drawn")
        }
        let nodes = excerpt.chronological(Array(chosen)).map {
            excerpt.node($0, score: scores[Int($0)], cluster: clusters[$0], isFocus: founders.contains($0))
        }
        let name: String
        switch origin {
        case .theme(let theme): name = "Agenda “\(theme)”"
        case .founder(let symbol): name = "Agenda founded by \(symbol.canonical)"
        }
        return CitationDiagram(
            nodes: nodes, edges: links.map { excerpt.edge(from: $0.0, to: $0.1) },
            caption: "\(name): \(result.members.count) documents" + (clusters.isEmpty ? "" : ", boxed by theme or agenda item"),
            prunedNote: notes.isEmpty ? nil : notes.joined(separator: "; "),
            layout: .timeOrdered(nodeCount: nodes.count),
            scoreName: DiagramScore.citations.name)
    }

    /// The box of each document: documents sharing a principal theme, else a title (compared case- and
    /// space-insensitively) are boxed together when at least two share it, the largest groups first.
    private func clusterNames(for nodes: [Int32], in graph: CitationGraph) -> [Int32: String] {
        var groups: [String: (label: String, members: [Int32])] = [:]
        for node in nodes.sorted() {
            let document = graph.node(node)
            guard let title = document.principalThemes.first.map({ "cited under “\($0)”" }) ?? document.title else { continue }
            let key = title.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            guard !key.isEmpty else { continue }
            groups[key, default: (Self.shortened(title), [])].members.append(node)
        }
        let largest = groups.values.filter { $0.members.count >= 2 }
            .sorted { $0.members.count != $1.members.count ? $0.members.count > $1.members.count : $0.label < $1.label }
            .prefix(maximumClusters)
        var result: [Int32: String] = [:]
        for group in largest { for member in group.members { result[member] = group.label } }
        return result
    }

    private static func shortened(_ title: String) -> String {
        let words = title.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard words.count > longestClusterLabel else { return words }
        return String(words.prefix(longestClusterLabel - 1)).trimmingCharacters(in: .whitespaces) + "…"
    }
}
