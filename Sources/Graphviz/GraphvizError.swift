/// An error reported by Graphviz, or found before a value reached it.
///
/// Graphviz's own messages are collected while the call runs (nothing is printed on standard
/// error) and carried here verbatim, without the trailing newline.
public enum GraphvizError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The DOT text could not be parsed; carries Graphviz's message
    /// (`syntax error in line 1 near '->'`).
    case syntax(String)
    /// The DOT text holds no graph (empty or only comments and white space).
    case noGraph
    /// A string meant for Graphviz holds a NUL character, which C strings cannot carry.
    case nulCharacter(in: String)
    /// Graphviz refused to create a graph object (graph, subgraph, node, edge or attribute).
    case construction(String)
    /// The layout engine failed or is not installed.
    case layout(engine: String, message: String)
    /// The renderer failed or is not installed.
    case render(format: String, message: String)
    /// Graphviz could not create its context (plugins, memory).
    case contextUnavailable
    /// Writing the graph as DOT text failed.
    case write(String)

    public var description: String {
        switch self {
        case .syntax(let message): "Graphviz could not parse the DOT text: \(message)"
        case .noGraph: "the DOT text holds no graph"
        case .nulCharacter(let text): "a string holds a NUL character and cannot reach Graphviz: \(text.debugDescription)"
        case .construction(let message): "Graphviz could not build the graph: \(message)"
        case .layout(let engine, let message): "Graphviz layout with \(engine) failed: \(message)"
        case .render(let format, let message): "Graphviz rendering to \(format) failed: \(message)"
        case .contextUnavailable: "Graphviz could not create its context"
        case .write(let message): "Graphviz could not write the graph: \(message)"
        }
    }
}
