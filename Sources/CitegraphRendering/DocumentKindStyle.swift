import CitegraphDocuments

/// How a kind of document is drawn: shape, border and fill colours, and its name in the legend.
public struct DocumentKindStyle: Hashable, Sendable {
    /// The Graphviz shape.
    public var shape: String
    /// The border and text colour.
    public var color: String
    /// The fill colour.
    public var fillColor: String
    /// The legend's name for the kind.
    public var name: String

    /// The style of `kind`.
    public static func of(_ kind: DocumentKind) -> DocumentKindStyle {
        switch kind {
        case .securityCouncilResolution:
            DocumentKindStyle(shape: "box", color: "#1F4E79", fillColor: "#DCE9F5", name: "Security Council resolution")
        case .presidentialStatement:
            DocumentKindStyle(shape: "note", color: "#9C4A00", fillColor: "#FCE8D4", name: "Presidential statement")
        case .generalAssemblyResolution:
            DocumentKindStyle(shape: "hexagon", color: "#1E6B3A", fillColor: "#DDF1E3", name: "General Assembly resolution")
        case .report:
            DocumentKindStyle(shape: "folder", color: "#5B3F8C", fillColor: "#EAE2F5", name: "Report")
        case .letter:
            DocumentKindStyle(shape: "tab", color: "#6B5B2E", fillColor: "#F3EEDC", name: "Letter")
        case .other:
            DocumentKindStyle(shape: "ellipse", color: "#555555", fillColor: "#EEEEEE", name: "Other document")
        }
    }
}
