extension CitationGraph {
    /// The graph as GEXF 1.3 for Gephi, dynamic so that Gephi's timeline can play it: a node starts on
    /// its date (or on 1 January of its year when only the year is known), an edge on its citing
    /// document's start. Node attributes kind, year, title, themes, languages, in_corpus; edge label and
    /// attribute relation, weight the number of occurrences. Documents without a known year have no
    /// start and show throughout.
    public func gexf() -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        xml += " xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
        xml += "  <meta>\n    <creator>citegraph</creator>\n    <description>Citation graph of United Nations documents</description>\n  </meta>\n"
        xml += "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n"
        xml += "    <attributes class=\"node\" mode=\"static\">\n"
        let nodeAttributes = [("kind", "string"), ("year", "integer"), ("title", "string"), ("themes", "string"), ("languages", "string"), ("in_corpus", "boolean")]
        for (index, (name, type)) in nodeAttributes.enumerated() {
            xml += "      <attribute id=\"\(index)\" title=\"\(name)\" type=\"\(type)\"/>\n"
        }
        xml += "    </attributes>\n"
        xml += "    <attributes class=\"edge\" mode=\"static\">\n      <attribute id=\"0\" title=\"relation\" type=\"string\"/>\n    </attributes>\n"
        xml += "    <nodes>\n"
        for node in nodes {
            let start = Self.gexfStart(node).map { " start=\"\($0)\"" } ?? ""
            xml += "      <node id=\"\(XMLText.escape(node.symbol.canonical))\" label=\"\(XMLText.escape(node.symbol.shortLabel))\"\(start)>\n"
            xml += "        <attvalues>\n"
            var values: [(Int, String)] = [(0, node.kind.rawValue)]
            if let year = node.year { values.append((1, String(year))) }
            if let title = node.title { values.append((2, title)) }
            values.append((3, node.themes.joined(separator: "; ")))
            values.append((4, node.languages.map(\.code).joined(separator: ";")))
            values.append((5, node.inCorpus ? "true" : "false"))
            for (index, value) in values { xml += "          <attvalue for=\"\(index)\" value=\"\(XMLText.escape(value))\"/>\n" }
            xml += "        </attvalues>\n      </node>\n"
        }
        xml += "    </nodes>\n    <edges>\n"
        for position in 0..<edgeCount {
            let edge = edge(at: position)
            let source = nodes[Int(edge.source)]
            let start = Self.gexfStart(source).map { " start=\"\($0)\"" } ?? ""
            xml += "      <edge id=\"e\(position)\" source=\"\(XMLText.escape(source.symbol.canonical))\""
            xml += " target=\"\(XMLText.escape(nodes[Int(edge.target)].symbol.canonical))\" label=\"\(edge.relation.rawValue)\""
            xml += " kind=\"\(edge.relation.rawValue)\" weight=\"\(edge.count)\"\(start)>\n"
            xml += "        <attvalues>\n          <attvalue for=\"0\" value=\"\(edge.relation.rawValue)\"/>\n        </attvalues>\n      </edge>\n"
        }
        xml += "    </edges>\n  </graph>\n</gexf>\n"
        return xml
    }

    /// A node's start for Gephi's timeline: its full ISO date, else 1 January of its year.
    static func gexfStart(_ node: GraphNode) -> String? {
        if let date = node.date, date.count == 10, date.dropFirst(4).first == "-" { return date }
        return node.year.map { fourDigitYear($0) + "-01-01" }
    }
}
