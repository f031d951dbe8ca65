import CitegraphDocuments

/// A document drawn in a ``CitationDiagram``.
public struct DiagramNode: Hashable, Sendable {
    /// The canonical UN symbol, unique in the diagram (`S/RES/2518 (2020)`).
    public var id: String
    /// The short text drawn in the node (`2518 (2020)`).
    public var label: String
    /// What kind of document it is; decides shape and colour.
    public var kind: DocumentKind
    /// The year of adoption or issue; decides the column. Nil for undated documents.
    public var year: Int?
    /// The document's title, shown in the tooltip.
    public var title: String?
    /// The date as text (`2020-07-01`), shown in the tooltip.
    public var date: String?
    /// A non-negative importance (PageRank, citation count, …); decides the node's size.
    public var score: Double
    /// The cluster to draw the node in (`Women, peace and security`), or nil.
    public var cluster: String?
    /// True for the document(s) the diagram is about; drawn emphasised.
    public var isFocus: Bool

    /// Creates a node from its parts.
    public init(
        id: String, label: String, kind: DocumentKind, year: Int?, title: String? = nil, date: String? = nil,
        score: Double = 0, cluster: String? = nil, isFocus: Bool = false
    ) {
        self.id = id
        self.label = label
        self.kind = kind
        self.year = year
        self.title = title
        self.date = date
        self.score = score
        self.cluster = cluster
        self.isFocus = isFocus
    }

    /// Creates a node for a symbol: id, short label, kind and year come from the symbol.
    public init(
        symbol: DocumentSymbol, title: String? = nil, date: String? = nil, score: Double = 0,
        cluster: String? = nil, isFocus: Bool = false
    ) {
        self.init(id: symbol.canonical, label: symbol.shortLabel, kind: symbol.kind, year: symbol.year,
                  title: title, date: date, score: score, cluster: cluster, isFocus: isFocus)
    }
}
