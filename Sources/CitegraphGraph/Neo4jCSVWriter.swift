import CitegraphCitations

/// CSV files for `neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv`.
public struct Neo4jCSV: Sendable, Equatable {
    /// The nodes file: header `symbol:ID,kind,:LABEL,label,date,year:int,title,themes:string[],languages:string[],files:string[],in_corpus:boolean`.
    public var nodes: String
    /// The relationships file: header `:START_ID,:END_ID,:TYPE,count:int`, one row per typed edge,
    /// the type in upper snake case (`RECALLS`, `PURSUANT_TO`).
    public var relationships: String
}

extension CitationGraph {
    /// The graph as Neo4j import CSV (comma-separated, fields quoted when needed with doubled quotes,
    /// arrays separated by `;`). Every node has the label `Document` and one for its kind.
    public func neo4jCSV() -> Neo4jCSV {
        var nodesCSV = "symbol:ID,kind,:LABEL,label,date,year:int,title,themes:string[],languages:string[],files:string[],in_corpus:boolean\n"
        for node in nodes {
            let fields = [
                node.symbol.canonical, node.kind.rawValue, "Document;" + Self.neo4jLabel(node.kind.rawValue), node.symbol.shortLabel,
                node.date ?? "", node.year.map(String.init) ?? "", node.title ?? "",
                node.themes.map { $0.replacingOccurrences(of: ";", with: ",") }.joined(separator: ";"),
                node.languages.map(\.code).joined(separator: ";"),
                node.files.map { $0.replacingOccurrences(of: ";", with: ",") }.joined(separator: ";"), node.inCorpus ? "true" : "false",
            ]
            nodesCSV += fields.map(Self.csvField).joined(separator: ",") + "\n"
        }
        var relationshipsCSV = ":START_ID,:END_ID,:TYPE,count:int\n"
        for position in 0..<edgeCount {
            let edge = edge(at: position)
            let fields = [
                nodes[Int(edge.source)].symbol.canonical, nodes[Int(edge.target)].symbol.canonical,
                Self.neo4jRelationshipType(edge.relation), String(edge.count),
            ]
            relationshipsCSV += fields.map(Self.csvField).joined(separator: ",") + "\n"
        }
        return Neo4jCSV(nodes: nodesCSV, relationships: relationshipsCSV)
    }

    /// `securityCouncilResolution` → `SecurityCouncilResolution`.
    static func neo4jLabel(_ camel: String) -> String { camel.prefix(1).uppercased() + camel.dropFirst() }

    /// `takesNoteOf` → `TAKES_NOTE_OF`.
    static func neo4jRelationshipType(_ relation: Relation) -> String {
        var output = ""
        for character in relation.rawValue {
            if character.isUppercase { output += "_" }
            output += character.uppercased()
        }
        return output
    }

    /// A CSV field, quoted (with doubled quotes) when it holds a comma, quote or line break.
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
