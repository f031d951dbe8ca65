import CGraphviz

/// Reads a cgraph graph back into a ``GraphvizGraph`` description. Runs only behind ``GraphvizLock``.
///
/// Node and edge attributes are read as their effective values (what differs from the root
/// default), so defaults set in subgraphs end up on the members; edges are listed at the root in
/// creation order; subgraphs keep their graph attributes and member nodes.
enum CGraphReader {
    typealias Graph = UnsafeMutablePointer<Agraph_t>

    static func read(_ root: Graph) -> GraphvizGraph {
        let nodeSymbols = symbols(of: AGNODE, in: root)
        let edgeSymbols = symbols(of: AGEDGE, in: root)
        let graphSymbols = symbols(of: AGRAPH, in: root)

        var nodes: [GraphvizNode] = []
        var edges: [(sequence: UInt, edge: GraphvizEdge)] = []
        var node = agfstnode(root)
        while let current = node {
            let attributes = values(of: UnsafeMutableRawPointer(current), symbols: nodeSymbols)
            nodes.append(GraphvizNode(name(of: UnsafeMutableRawPointer(current)), attributes: attributes))
            var edge = agfstout(root, current)
            while let out = edge {
                let tail = name(of: UnsafeMutableRawPointer(cgraphviz_tail(out)))
                let head = name(of: UnsafeMutableRawPointer(cgraphviz_head(out)))
                let attributes = values(of: UnsafeMutableRawPointer(out), symbols: edgeSymbols)
                edges.append((cgraphviz_sequence(UnsafeMutableRawPointer(out)), GraphvizEdge(from: tail, to: head, attributes: attributes)))
                edge = agnxtout(root, out)
            }
            node = agnxtnode(root, current)
        }
        edges.sort { $0.sequence < $1.sequence }

        var rootAttributes = GraphvizAttributes()
        for symbol in graphSymbols {
            let value = value(of: UnsafeMutableRawPointer(root), symbol: symbol)
            if !value.string.isEmpty { rootAttributes[symbol.name] = value }
        }
        let rootName = name(of: UnsafeMutableRawPointer(root))
        return GraphvizGraph(
            name: isAnonymous(rootName) ? GraphvizGraph.anonymousName : rootName,
            isDirected: agisdirected(root) != 0, isStrict: agisstrict(root) != 0,
            attributes: rootAttributes,
            nodeDefaults: defaults(nodeSymbols), edgeDefaults: defaults(edgeSymbols),
            nodes: nodes, edges: edges.map(\.edge),
            subgraphs: subgraphs(of: root, graphSymbols: graphSymbols))
    }

    private struct Symbol {
        let pointer: UnsafeMutablePointer<Agsym_t>
        let name: String
        let defaultValue: String
    }

    private static func symbols(of kind: Int32, in root: Graph) -> [Symbol] {
        var result: [Symbol] = []
        var symbol = agnxtattr(root, kind, nil)
        while let current = symbol {
            result.append(Symbol(pointer: current, name: CString.string(current.pointee.name),
                                 defaultValue: CString.string(current.pointee.defval)))
            symbol = agnxtattr(root, kind, current)
        }
        return result
    }

    private static func defaults(_ symbols: [Symbol]) -> GraphvizAttributes {
        var attributes = GraphvizAttributes()
        for symbol in symbols where !symbol.defaultValue.isEmpty {
            attributes[symbol.name] = .text(symbol.defaultValue)
        }
        return attributes
    }

    private static func value(of object: UnsafeMutableRawPointer, symbol: Symbol) -> GraphvizValue {
        guard let raw = agxget(object, symbol.pointer) else { return .text("") }
        let text = CString.string(raw)
        return aghtmlstr(raw) != 0 ? .html(text) : .text(text)
    }

    private static func values(of object: UnsafeMutableRawPointer, symbols: [Symbol]) -> GraphvizAttributes {
        var attributes = GraphvizAttributes()
        for symbol in symbols {
            let value = value(of: object, symbol: symbol)
            if case .text(let text) = value, text == symbol.defaultValue { continue }
            attributes[symbol.name] = value
        }
        return attributes
    }

    private static func subgraphs(of graph: Graph, graphSymbols: [Symbol]) -> [GraphvizSubgraph] {
        // agfstsubg/agnxtsubg walk subgraphs in name order; creation order is what DOT text had.
        var children: [UnsafeMutablePointer<Agraph_t>] = []
        var subgraph = agfstsubg(graph)
        while let current = subgraph {
            children.append(current)
            subgraph = agnxtsubg(current)
        }
        children.sort { cgraphviz_sequence(UnsafeMutableRawPointer($0)) < cgraphviz_sequence(UnsafeMutableRawPointer($1)) }
        var result: [GraphvizSubgraph] = []
        for current in children {
            var attributes = GraphvizAttributes()
            for symbol in graphSymbols {
                let value = value(of: UnsafeMutableRawPointer(current), symbol: symbol)
                if case .text(let text) = value, text == symbol.defaultValue || text.isEmpty { continue }
                attributes[symbol.name] = value
            }
            var members: [GraphvizNode] = []
            var node = agfstnode(current)
            while let member = node {
                members.append(GraphvizNode(name(of: UnsafeMutableRawPointer(member))))
                node = agnxtnode(current, member)
            }
            let subgraphName = name(of: UnsafeMutableRawPointer(current))
            result.append(GraphvizSubgraph(
                name: isAnonymous(subgraphName) ? "" : subgraphName, attributes: attributes, nodes: members,
                subgraphs: subgraphs(of: current, graphSymbols: graphSymbols)))
        }
        return result
    }

    private static func name(of object: UnsafeMutableRawPointer) -> String { CString.string(agnameof(object)) }

    /// cgraph names anonymous graphs `%<id>` from a process-wide counter.
    private static func isAnonymous(_ name: String) -> Bool { name.hasPrefix("%") }
}
