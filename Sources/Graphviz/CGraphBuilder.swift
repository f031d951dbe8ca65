import CGraphviz

/// Builds a cgraph graph from a ``GraphvizGraph`` description (`agopen`, `agnode`, `agedge`,
/// `agsubg`, `agattr`, `agsafeset`). Runs only behind ``GraphvizLock``; the caller owns the result
/// and must `agclose` it.
enum CGraphBuilder {
    typealias Graph = UnsafeMutablePointer<Agraph_t>

    /// Opens a root graph and fills it; on failure closes what it opened and throws.
    static func build(_ description: GraphvizGraph, messages: borrowing GraphvizMessages) throws -> Graph {
        let kind: Agdesc_t = switch (description.isDirected, description.isStrict) {
        case (true, false): cgraphviz_directed()
        case (true, true): cgraphviz_strict_directed()
        case (false, false): cgraphviz_undirected()
        case (false, true): cgraphviz_strict_undirected()
        }
        guard !description.name.isEmpty else {
            throw GraphvizError.construction("the root graph needs a name")
        }
        let opened = try CString.withMutable(description.name) { agopen($0, kind, nil) }
        guard let root = opened else {
            throw GraphvizError.construction(messages.message(or: "agopen failed for \(description.name)"))
        }
        do {
            try fill(root, root: root, attributes: description.attributes, nodeDefaults: description.nodeDefaults,
                     edgeDefaults: description.edgeDefaults, nodes: description.nodes, edges: description.edges,
                     subgraphs: description.subgraphs)
            if messages.hasError {
                throw GraphvizError.construction(messages.message(or: "Graphviz reported an error"))
            }
            return root
        } catch {
            agclose(root)
            throw error
        }
    }

    private static func fill(
        _ graph: Graph, root: Graph, attributes: GraphvizAttributes, nodeDefaults: GraphvizAttributes,
        edgeDefaults: GraphvizAttributes, nodes: [GraphvizNode], edges: [GraphvizEdge], subgraphs: [GraphvizSubgraph]
    ) throws {
        for (name, value) in attributes {
            try set(name, value, on: UnsafeMutableRawPointer(graph), kind: AGRAPH, root: root)
        }
        for (name, value) in nodeDefaults { try setDefault(name, value, kind: AGNODE, in: graph, root: root) }
        for (name, value) in edgeDefaults { try setDefault(name, value, kind: AGEDGE, in: graph, root: root) }
        for node in nodes {
            let object = try self.node(node.name, in: graph)
            for (name, value) in node.attributes {
                try set(name, value, on: UnsafeMutableRawPointer(object), kind: AGNODE, root: root)
            }
        }
        for subgraph in subgraphs {
            let opened = try CString.withOptionalMutable(subgraph.name.isEmpty ? nil : subgraph.name) { agsubg(graph, $0, 1) }
            guard let child = opened else {
                throw GraphvizError.construction("agsubg failed for subgraph \(subgraph.name.debugDescription)")
            }
            try fill(child, root: root, attributes: subgraph.attributes, nodeDefaults: subgraph.nodeDefaults,
                     edgeDefaults: subgraph.edgeDefaults, nodes: subgraph.nodes, edges: subgraph.edges,
                     subgraphs: subgraph.subgraphs)
        }
        for edge in edges {
            let tail = try node(edge.tail, in: graph)
            let head = try node(edge.head, in: graph)
            guard let object = agedge(graph, tail, head, nil, 1) else {
                throw GraphvizError.construction("agedge failed for \(edge.tail) -> \(edge.head)")
            }
            for (name, value) in edge.attributes {
                try set(name, value, on: UnsafeMutableRawPointer(object), kind: AGEDGE, root: root)
            }
        }
    }

    /// The node named `name` in `graph`, created (or, in a subgraph, brought in from the root) if needed.
    private static func node(_ name: String, in graph: Graph) throws -> UnsafeMutablePointer<Agnode_t> {
        let created = try CString.withMutable(name) { agnode(graph, $0, 1) }
        guard let node = created else { throw GraphvizError.construction("agnode failed for \(name.debugDescription)") }
        return node
    }

    /// Sets one attribute of a graph, node or edge, declaring it on the root with an empty default.
    private static func set(_ name: String, _ value: GraphvizValue, on object: UnsafeMutableRawPointer,
                            kind: Int32, root: Graph) throws {
        let symbol = try declare(name, kind: kind, root: root)
        let status = try withInterned(value, name: name, root: root) { agxset(object, symbol, $0) }
        guard status == 0 else { throw GraphvizError.construction("could not set \(name)=\(value)") }
    }

    /// Sets the default of a node or edge attribute for `graph` (the root or a subgraph).
    private static func setDefault(_ name: String, _ value: GraphvizValue, kind: Int32, in graph: Graph, root: Graph) throws {
        if graph != root { _ = try declare(name, kind: kind, root: root) }
        let symbol = try withInterned(value, name: name, root: root) { text in
            try CString.withMutable(name) { agattr(graph, kind, $0, text) }
        }
        guard symbol != nil else { throw GraphvizError.construction("could not set the default \(name)=\(value)") }
    }

    /// The symbol of the attribute `name` of `kind`, declared on the root with an empty default if new.
    private static func declare(_ name: String, kind: Int32, root: Graph) throws -> UnsafeMutablePointer<Agsym_t> {
        try CString.withMutable(name) { cName in
            if let existing = agattr(root, kind, cName, nil) { return existing }
            let created = try CString.withMutable("") { agattr(root, kind, cName, $0) }
            guard let created else { throw GraphvizError.construction("could not declare the attribute \(name)") }
            return created
        }
    }

    /// Calls `body` with the value as a string interned in the graph: plain text as a mutable copy,
    /// HTML-like text as an `agstrdup_html` string (held until `body` has taken its own reference),
    /// URL attributes escaped for SVG.
    private static func withInterned<T>(_ value: GraphvizValue, name: String, root: Graph,
                                        _ body: (UnsafeMutablePointer<CChar>) throws -> T) throws -> T {
        switch value {
        case .text(let text):
            let safe = URLEscaping.isURLAttribute(name) ? URLEscaping.escape(text) : text
            return try CString.withMutable(safe, body)
        case .html(let text):
            let interned = try CString.withMutable(text) { agstrdup_html(root, $0) }
            guard let interned else { throw GraphvizError.construction("could not store the HTML-like \(name)") }
            defer { agstrfree(root, interned) }
            return try body(interned)
        }
    }
}
