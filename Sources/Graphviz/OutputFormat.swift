/// What Graphviz renders a graph to, in memory.
public enum OutputFormat: String, Sendable, CaseIterable, Codable {
    /// SVG from the core renderer (`svg:svg:core`).
    case svg
    /// DOT annotated with the layout: positions, sizes, bounding box (`dot:dot:core`).
    case dot
    /// PNG from the cairo renderer (`png:cairo:cairo`). Debian also ships a gd PNG renderer; cairo
    /// is named explicitly so the choice does not depend on plugin qualities in `config6a`.
    case png
    /// The graph as DOT text before any layout, written by `agwrite`: no positions, no sizes.
    case canonical

    /// The `format:renderer:plugin` string for `gvRenderData`, nil for formats written without it.
    var renderSpecification: String? {
        switch self {
        case .svg: "svg:svg:core"
        case .dot: "dot:dot:core"
        case .png: "png:cairo:cairo"
        case .canonical: nil
        }
    }

    /// True when the format needs a layout first.
    var needsLayout: Bool { self != .canonical }
}
