import CitegraphCitations
import CitegraphDocuments
import Graphviz

/// The key of a diagram: one row per document kind and per relation the diagram uses, drawn as an
/// HTML-like table in a node of its own.
struct DiagramLegend {
    /// The legend node's name; not a UN symbol, so it cannot collide with a document.
    static let nodeName = "legend:key"

    let kinds: [DocumentKind]
    let relations: [Relation]
    let hasFocus: Bool
    let scoreName: String

    init(for diagram: CitationDiagram) {
        kinds = Set(diagram.nodes.map(\.kind)).sorted()
        relations = Set(diagram.edges.map(\.relation)).sorted()
        hasFocus = diagram.nodes.contains(where: \.isFocus)
        scoreName = diagram.scoreName
    }

    /// The legend node.
    var node: GraphvizNode {
        GraphvizNode(Self.nodeName, attributes: [
            "shape": "plaintext", "style": "", "label": .html(table), "tooltip": "Key",
        ])
    }

    /// The HTML-like table; every text is escaped even though it is fixed, so a renamed style cannot break it.
    var table: String {
        var rows = [#"<tr><td colspan="2"><b>Key</b></td></tr>"#]
        for kind in kinds {
            let style = DocumentKindStyle.of(kind)
            rows.append(
                #"<tr><td bgcolor="\#(style.fillColor)" color="\#(style.color)"><font color="\#(style.color)">"#
                    + GraphvizText.html(style.shape) + "</font></td><td align=\"left\">"
                    + GraphvizText.html(style.name) + "</td></tr>")
        }
        for relation in relations {
            let style = RelationStyle.of(relation)
            rows.append(
                #"<tr><td><font color="\#(style.color)">"# + GraphvizText.html("——— " + style.style)
                    + "</font></td><td align=\"left\">" + GraphvizText.html(style.name) + "</td></tr>")
        }
        if hasFocus {
            rows.append(#"<tr><td>double border</td><td align="left">document in focus</td></tr>"#)
        }
        rows.append(#"<tr><td>size</td><td align="left">"# + GraphvizText.html(scoreName) + "</td></tr>")
        return #"<table border="0" cellborder="1" cellspacing="0" cellpadding="3">"# + rows.joined() + "</table>"
    }
}
