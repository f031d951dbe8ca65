/// A diagram that cannot be drawn as described.
public enum DiagramError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The diagram holds no documents.
    case empty
    /// Two nodes share an id, or a node uses a name the diagram keeps for itself (`legend:key`, `year:…`).
    case duplicateNode(String)
    /// An edge names a node the diagram does not hold.
    case unknownNode(String, edge: String)
    /// A node's score is negative, infinite or not a number.
    case invalidScore(String, Double)
    /// An edge's count is below 1.
    case invalidCount(edge: String, Int)
    /// A view starts from a document the graph does not hold.
    case unknownDocument(String)
    /// A view starts from a theme no citing text names.
    case unknownTheme(String)

    public var description: String {
        switch self {
        case .empty: "the diagram holds no documents"
        case .duplicateNode(let id): "the diagram holds the document \(id) twice, or uses a name kept for the key or the year axis"
        case .unknownNode(let id, let edge): "the citation \(edge) names \(id), which the diagram does not hold"
        case .invalidScore(let id, let score): "the score of \(id) is \(score); scores must be finite and not negative"
        case .invalidCount(let edge, let count): "the citation \(edge) is counted \(count) times; counts start at 1"
        case .unknownDocument(let symbol): "the graph holds no document \(symbol)"
        case .unknownTheme(let theme): "no citation in the graph names the theme \"\(theme)\""
        }
    }
}
