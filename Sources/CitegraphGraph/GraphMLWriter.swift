extension CitationGraph {
    /// The graph as GraphML: one `<edge>` per typed edge (parallel edges for different relations),
    /// node attributes kind, label, date, year, title, themes, languages, files, in_corpus and edge
    /// attributes relation and count. NetworkX reads it with `read_graphml` as a `MultiDiGraph`.
    public func graphML() -> String {
        let nodeKeys: [(String, String)] = [
            ("kind", "string"), ("label", "string"), ("date", "string"), ("year", "int"), ("title", "string"),
            ("themes", "string"), ("languages", "string"), ("files", "string"), ("in_corpus", "boolean"),
        ]
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        xml += " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
        for (name, type) in nodeKeys {
            xml += "  <key id=\"\(name)\" for=\"node\" attr.name=\"\(name)\" attr.type=\"\(type)\"/>\n"
        }
        xml += "  <key id=\"relation\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n"
        xml += "  <key id=\"count\" for=\"edge\" attr.name=\"count\" attr.type=\"int\"/>\n"
        xml += "  <graph id=\"citegraph\" edgedefault=\"directed\">\n"
        for node in nodes {
            xml += "    <node id=\"\(XMLText.escape(node.symbol.canonical))\">\n"
            var values: [(String, String)] = [("kind", node.kind.rawValue), ("label", node.symbol.shortLabel)]
            if let date = node.date { values.append(("date", date)) }
            if let year = node.year { values.append(("year", String(year))) }
            if let title = node.title { values.append(("title", title)) }
            values.append(("themes", node.themes.joined(separator: "; ")))
            values.append(("languages", node.languages.map(\.code).joined(separator: ";")))
            values.append(("files", node.files.joined(separator: ";")))
            values.append(("in_corpus", node.inCorpus ? "true" : "false"))
            for (key, value) in values { xml += "      <data key=\"\(key)\">\(XMLText.escape(value))</data>\n" }
            xml += "    </node>\n"
        }
        for position in 0..<edgeCount {
            let edge = edge(at: position)
            let source = XMLText.escape(nodes[Int(edge.source)].symbol.canonical)
            let target = XMLText.escape(nodes[Int(edge.target)].symbol.canonical)
            xml += "    <edge id=\"e\(position)\" source=\"\(source)\" target=\"\(target)\">\n"
            xml += "      <data key=\"relation\">\(edge.relation.rawValue)</data>\n"
            xml += "      <data key=\"count\">\(edge.count)</data>\n"
            xml += "    </edge>\n"
        }
        xml += "  </graph>\n</graphml>\n"
        return xml
    }
}
