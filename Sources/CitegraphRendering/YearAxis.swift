import Graphviz

/// The time axis of a hierarchical diagram: one invisible-chained node per year, left to right,
/// each heading the rank its year's documents share.
struct YearAxis {
    /// Spans up to this many years show every year; longer spans show only years with documents.
    static let longestContinuousSpan = 30

    /// The years on the axis, ascending.
    let years: [Int]
    /// True when some document has no year: they get a first column headed `n.d.` (undated
    /// documents are mostly older ones the corpus only cites, such as `A/52/231`).
    let hasUndated: Bool

    init(years present: Set<Int>, hasUndated: Bool) {
        if let first = present.min(), let last = present.max(), last - first <= Self.longestContinuousSpan {
            years = Array(first...last)
        } else {
            years = present.sorted()
        }
        self.hasUndated = hasUndated
    }

    /// The axis node's name for a year, or for undated documents when `year` is nil.
    static func nodeName(_ year: Int?) -> String { year.map { "year:\($0)" } ?? "year:n.d." }

    /// The axis nodes, in order.
    var nodes: [GraphvizNode] {
        columns.map { year in
            let text = year.map(String.init) ?? "n.d."
            return GraphvizNode(Self.nodeName(year), attributes: [
                "shape": "plaintext", "style": "", "label": .text(text), "tooltip": .text(text),
                "fontsize": "12", "fontcolor": "#555555",
            ])
        }
    }

    /// The invisible edges chaining the axis nodes left to right, heavy so that dot keeps them
    /// straight: the years stay on one line however the clusters push the documents around.
    var chain: [GraphvizEdge] {
        zip(columns, columns.dropFirst()).map { earlier, later in
            GraphvizEdge(from: Self.nodeName(earlier), to: Self.nodeName(later), attributes: ["style": "invis", "weight": "1000"])
        }
    }

    /// The columns: nil for undated documents, then every axis year.
    var columns: [Int?] { (hasUndated ? [nil] : []) + years.map { Optional($0) } }
}
