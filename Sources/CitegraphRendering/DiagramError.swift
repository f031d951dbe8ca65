/// A diagram that cannot be drawn as described.
public enum DiagramError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Two nodes share an id.
    case duplicateNode(String)
    /// An edge names a node the diagram does not hold.
    case unknownNode(String, edge: String)
    /// A node's score is negative, infinite or not a number.
    case invalidScore(String, Double)

    public var description: String {
        switch self {
        case .duplicateNode(let id): "the diagram holds the document \(id) twice"
        case .unknownNode(let id, let edge): "the citation \(edge) names \(id), which the diagram does not hold"
        case .invalidScore(let id, let score): "the score of \(id) is \(score); scores must be finite and not negative"
        }
    }
}
