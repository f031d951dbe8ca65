import CitegraphDocuments

/// Why an analysis could not give an answer.
public enum AnalysisError: Error, Equatable, CustomStringConvertible {
    /// An iterative method did not reach its tolerance.
    case notConverged(method: String, iterations: Int)
    /// A parameter is out of range.
    case invalidParameter(name: String, reason: String)
    /// The graph does not hold the document asked about.
    case unknownDocument(String)
    /// No document carries the theme asked about.
    case unknownTheme(String)

    public var description: String {
        switch self {
        case .notConverged(let method, let iterations): "\(method) did not converge in \(iterations) iterations"
        case .invalidParameter(let name, let reason): "invalid \(name): \(reason)"
        case .unknownDocument(let symbol): "the graph holds no document \(symbol)"
        case .unknownTheme(let theme): "no document in the graph carries the theme \"\(theme)\""
        }
    }
}
