import CitegraphCitations

/// How a citation relation is drawn: line colour and style, and its name in the legend.
public struct RelationStyle: Hashable, Sendable {
    /// The line colour.
    public var color: String
    /// The Graphviz line style (`solid`, `dashed`, `dotted`, `bold`).
    public var style: String
    /// The legend's name for the relation.
    public var name: String

    /// The style of `relation`.
    public static func of(_ relation: Relation) -> RelationStyle {
        switch relation {
        case .recalls: RelationStyle(color: "#7F7F7F", style: "solid", name: "recalls")
        case .reaffirms: RelationStyle(color: "#1F4E79", style: "bold", name: "reaffirms")
        case .pursuantTo: RelationStyle(color: "#B22222", style: "solid", name: "pursuant to")
        case .takesNoteOf: RelationStyle(color: "#5B3F8C", style: "dashed", name: "takes note of")
        case .welcomes: RelationStyle(color: "#1E6B3A", style: "solid", name: "welcomes")
        case .endorses: RelationStyle(color: "#1E6B3A", style: "bold", name: "endorses")
        case .extends: RelationStyle(color: "#D2691E", style: "bold", name: "extends")
        case .cites: RelationStyle(color: "#999999", style: "dotted", name: "cites")
        }
    }
}
