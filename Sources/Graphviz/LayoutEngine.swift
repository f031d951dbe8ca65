/// A Graphviz layout engine, as installed by Debian's graphviz package
/// (`libgvplugin_dot_layout` provides dot, `libgvplugin_neato_layout` the others).
public enum LayoutEngine: String, Sendable, CaseIterable, Codable {
    /// Hierarchical layout of directed graphs, in ranks.
    case dot
    /// Spring model (stress majorization).
    case neato
    /// Force-directed placement.
    case fdp
    /// Multiscale force-directed placement, for large graphs.
    case sfdp
    /// Circular layout.
    case circo
    /// Radial layout.
    case twopi
}

extension LayoutEngine {
    /// True for the engines that start from random positions (neato, fdp, sfdp), which the binding
    /// seeds so that their layouts are repeatable.
    var usesRandomStart: Bool { self == .neato || self == .fdp || self == .sfdp }
}
