/// Why a graph could not be read or queried, naming the input at fault.
public enum GraphError: Error, Equatable, CustomStringConvertible {
    /// The input is not a node-link JSON graph as Citegraph or NetworkX writes it.
    case invalidNodeLink(source: String, reason: String)
    /// A node identifier is not a UN document symbol.
    case invalidSymbol(source: String, text: String)
    /// An edge names a node the graph does not hold.
    case unknownNode(source: String, symbol: String)
    /// A value in the input is out of range or of the wrong type.
    case invalidValue(source: String, field: String, reason: String)
    /// The graph is larger than 32-bit node or edge indices can address.
    case tooLarge(source: String, reason: String)

    public var description: String {
        switch self {
        case .invalidNodeLink(let source, let reason): "\(source): not a node-link JSON graph: \(reason)"
        case .invalidSymbol(let source, let text): "\(source): node id is not a UN document symbol: \(text)"
        case .unknownNode(let source, let symbol): "\(source): edge names a node that is not in the graph: \(symbol)"
        case .invalidValue(let source, let field, let reason): "\(source): invalid \(field): \(reason)"
        case .tooLarge(let source, let reason): "\(source): graph too large: \(reason)"
        }
    }
}
