import CitegraphCitations
import CitegraphDocuments
import CitegraphRendering
import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A resolution read from Akoma Ntoso XML with the citations its editors hyperlinked: symbol,
/// adoption date, agenda title, and each link's target with the relation its block names
/// (`<container name="Reaffirming">` → reaffirms). Test data only; the extractor does this properly.
struct LinkedCitations {
    let symbol: DocumentSymbol
    let date: String
    let title: String
    let links: [(target: DocumentSymbol, relation: Relation)]

    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/rendering")

    init(file: String) throws {
        let document = try XMLDocument(contentsOf: Self.fixtures.appendingPathComponent(file), options: [])
        let root = try #require(document.rootElement())
        var number: String?, date: String?, title: String?
        var links: [(DocumentSymbol, Relation)] = []
        Self.walk(root, block: nil) { element, block in
            switch element.localName {
            case "docNumber": number = number ?? element.stringValue
            case "docDate" where element.value(of: "refersTo") == "#adoptionDate": date = element.value(of: "date")
            case "keyword" where element.value(of: "refersTo") == "agenda": title = element.value(of: "showAs")
            case "a":
                let href = element.value(of: "href") ?? ""
                let prefix = "https://undocs.org/en/"
                if href.hasPrefix(prefix), let target = DocumentSymbol(parsing: String(href.dropFirst(prefix.count))) {
                    links.append((target, Self.relation(block: block)))
                }
            default: break
            }
        }
        symbol = try #require(number.flatMap { DocumentSymbol(parsing: $0) })
        self.date = try #require(date)
        self.title = try #require(title).trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        self.links = links
    }

    /// The relation a preamble container's name or an operative paragraph gives.
    static func relation(block: String?) -> Relation {
        guard let block else { return .cites }
        if block.hasPrefix("Reaffirming") || block.hasPrefix("Reiterating") { return .reaffirms }
        if block.hasPrefix("Recalling") || block.hasPrefix("Further recalling") { return .recalls }
        if block.hasPrefix("Taking note") { return .takesNoteOf }
        if block.hasPrefix("Welcoming") { return .welcomes }
        return .cites
    }

    private static func walk(_ element: XMLElement, block: String?, _ visit: (XMLElement, String?) -> Void) {
        var block = block
        if element.localName == "container", let name = element.value(of: "name") { block = name }
        if element.localName == "paragraph" { block = nil }
        visit(element, block)
        for child in element.children ?? [] {
            if let child = child as? XMLElement { walk(child, block: block, visit) }
        }
    }
}

/// The diagram of the two resolutions' citations, sized by how often each document is cited.
enum WomenPeaceSecurityDiagram {
    static func make() throws -> (CitationDiagram, [LinkedCitations]) {
        let sources = try ["S_RES_2467_1906720E.xml", "S_RES_2493_1918701E.xml"].map(LinkedCitations.init(file:))
        var counts: [String: Int] = [:]
        var edgeCounts: [DiagramEdge: Int] = [:]
        for source in sources {
            for link in source.links {
                counts[link.target.canonical, default: 0] += 1
                edgeCounts[DiagramEdge(from: source.symbol.canonical, to: link.target.canonical, relation: link.relation, count: 0), default: 0] += 1
            }
        }
        var symbols = Set(sources.map(\.symbol))
        for source in sources { symbols.formUnion(source.links.map(\.target)) }
        let nodes = symbols.sorted().map { symbol -> DiagramNode in
            let source = sources.first { $0.symbol == symbol }
            return DiagramNode(symbol: symbol, title: source?.title, date: source?.date,
                               score: Double(counts[symbol.canonical] ?? 0), isFocus: source != nil)
        }
        let edges = edgeCounts.map { DiagramEdge(from: $0.key.from, to: $0.key.to, relation: $0.key.relation, count: $0.value) }
            .sorted { ($0.from, $0.to, $0.relation) < ($1.from, $1.to, $1.relation) }
        let diagram = CitationDiagram(
            nodes: nodes, edges: edges, caption: "Women and peace and security: citations linked in 2467 (2019) and 2493 (2019)",
            prunedNote: "showing \(nodes.count) of \(nodes.count) documents")
        return (diagram, sources)
    }
}

extension XMLElement {
    /// The value of the attribute named `name` as written; FoundationXML's `attribute(forName:)`
    /// misses attributes of elements in a default namespace.
    func value(of name: String) -> String? {
        (attributes ?? []).first { $0.name == name }?.stringValue
    }
}
