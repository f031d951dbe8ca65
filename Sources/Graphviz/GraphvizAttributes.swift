/// Named attribute values of a graph, node or edge (`shape=box`, `label=<…>`).
///
/// Attributes reach Graphviz in name order, so the same attributes always build the same graph.
public struct GraphvizAttributes: Hashable, Sendable, ExpressibleByDictionaryLiteral, Sequence {
    /// The values by attribute name.
    public var values: [String: GraphvizValue]

    /// Creates attributes from a dictionary.
    public init(_ values: [String: GraphvizValue] = [:]) { self.values = values }

    public init(dictionaryLiteral elements: (String, GraphvizValue)...) {
        self.values = Dictionary(elements, uniquingKeysWith: { _, last in last })
    }

    /// The value of the attribute `name`, nil when unset.
    public subscript(name: String) -> GraphvizValue? {
        get { values[name] }
        set { values[name] = newValue }
    }

    /// True when no attribute is set.
    public var isEmpty: Bool { values.isEmpty }

    /// The number of attributes set.
    public var count: Int { values.count }

    /// The attributes sorted by name.
    public var sorted: [(name: String, value: GraphvizValue)] {
        values.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) }
    }

    public func makeIterator() -> IndexingIterator<[(name: String, value: GraphvizValue)]> {
        sorted.makeIterator()
    }
}
