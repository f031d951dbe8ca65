import CGraphviz
import Foundation

/// Parses, lays out and renders graphs with Graphviz's C libraries (cgraph and gvc), in memory.
///
/// Every call takes the process-wide ``GraphvizLock`` for its whole duration, builds its own cgraph
/// graph, and frees the graph, the layout and the rendered buffers before returning: no Graphviz
/// pointer outlives a call or leaves the module. Graphviz's messages become ``GraphvizError``s and
/// never reach standard error.
public enum Graphviz {
    /// Parses DOT text (`agmemread`) into a description.
    ///
    /// A graph without a name gets ``GraphvizGraph/anonymousName``. Edges inside subgraphs are
    /// listed at the root with their effective attributes.
    /// - Throws: ``GraphvizError/syntax(_:)`` with Graphviz's message for malformed text,
    ///   ``GraphvizError/noGraph`` for text without a graph.
    public static func parse(dot text: String) throws -> GraphvizGraph {
        try GraphvizLock.withLock {
            let messages = GraphvizMessages()
            let graph = try read(dot: text, messages: messages)
            defer { agclose(graph) }
            return CGraphReader.read(graph)
        }
    }

    /// The cgraph graph of DOT text (`agmemread`), to be closed by the caller; call with the lock held.
    private static func read(dot text: String, messages: borrowing GraphvizMessages) throws -> UnsafeMutablePointer<Agraph_t> {
        guard !text.utf8.contains(0) else { throw GraphvizError.nulCharacter(in: String(text.prefix(80))) }
        // The scanner's line counter and read-ahead buffer are process-global and survive between
        // parses: restart the one and empty the other, so that nothing of the previous text is read
        // and messages name the line of this text.
        agreadline(1)
        cgraphviz_flush_scanner()
        let parsed = text.withCString { agmemread($0) }
        guard let graph = parsed else {
            if messages.hasError { throw GraphvizError.syntax(messages.message(or: "syntax error")) }
            throw GraphvizError.noGraph
        }
        if messages.hasError {
            agclose(graph)
            throw GraphvizError.syntax(messages.message(or: "syntax error"))
        }
        return graph
    }

    /// Lays `graph` out with `engine` and renders it to `format`.
    public static func render(
        _ graph: GraphvizGraph, using engine: LayoutEngine = .dot, to format: OutputFormat,
        context: GraphvizContext? = nil
    ) throws -> Data {
        try render(graph, using: engine, to: [format], context: context)[0]
    }

    /// Lays `graph` out once with `engine` and renders it to each of `formats`, in order.
    public static func render(
        _ graph: GraphvizGraph, using engine: LayoutEngine = .dot, to formats: [OutputFormat],
        context: GraphvizContext? = nil
    ) throws -> [Data] {
        try GraphvizLock.withLock {
            let context = try context ?? GraphvizContext.shared()
            let messages = GraphvizMessages()
            let root = try CGraphBuilder.build(graph, messages: messages)
            defer { agclose(root) }

            // The canonical text is written before the layout adds positions to the graph.
            var canonical: Data?
            if formats.contains(.canonical) { canonical = try write(root, messages: messages) }
            let laidOut = formats.contains { $0.needsLayout }
            let rendered = try withLayout(of: root, engine: engine, context: context, messages: messages, needed: laidOut) {
                // Positions exist only after a layout (plain DOT has none).
                if laidOut { moveToBottom(graph, in: root) }
                return try formats.map { format -> Data in
                    guard let specification = format.renderSpecification else { return canonical ?? Data() }
                    return try renderData(root, specification: specification, format: format,
                                          context: context, messages: messages)
                }
            }
            return rendered
        }
    }

    /// Parses DOT text and renders it, as the `dot` program does: the graph cgraph reads is laid
    /// out and rendered as it is. An anonymous graph, and the canonical format, go through
    /// ``parse(dot:)`` and ``render(_:using:to:context:)-(_,_,OutputFormat,_)``, which name it
    /// ``GraphvizGraph/anonymousName``. Errors as those two give.
    public static func render(
        dot text: String, using engine: LayoutEngine = .dot, to format: OutputFormat, context: GraphvizContext? = nil
    ) throws -> Data {
        if let specification = format.renderSpecification,
            let data = try renderNamedGraph(dot: text, using: engine, specification: specification, format: format, context: context)
        {
            return data
        }
        return try render(parse(dot: text), using: engine, to: format, context: context)
    }

    /// Lays out and renders the graph cgraph reads from `text`; nil when the graph has no name.
    private static func renderNamedGraph(
        dot text: String, using engine: LayoutEngine, specification: String, format: OutputFormat, context: GraphvizContext?
    ) throws -> Data? {
        try GraphvizLock.withLock {
            let context = try context ?? GraphvizContext.shared()
            let messages = GraphvizMessages()
            let root = try read(dot: text, messages: messages)
            defer { agclose(root) }
            // cgraph names an anonymous graph `%<counter>`, which would reach the SVG's title.
            guard let name = agnameof(UnsafeMutableRawPointer(root)), name.pointee != UInt8(ascii: "%") else { return nil }
            return try withLayout(of: root, engine: engine, context: context, messages: messages, needed: format.needsLayout) {
                try renderData(root, specification: specification, format: format, context: context, messages: messages)
            }
        }
    }

    /// Runs `body` with a layout of `root` in place (`gvLayout`), freeing it afterwards (`gvFreeLayout`).
    private static func withLayout<T>(
        of root: UnsafeMutablePointer<Agraph_t>, engine: LayoutEngine, context: GraphvizContext,
        messages: borrowing GraphvizMessages, needed: Bool, _ body: () throws -> T
    ) throws -> T {
        guard needed else { return try body() }
        if engine.usesRandomStart { seedRandomStart(of: root) }
        let status = engine.rawValue.withCString { gvLayout(context.pointer, root, $0) }
        guard status == 0, !messages.hasError else {
            let message = messages.message(or: "gvLayout returned \(status)")
            if status == 0 { _ = gvFreeLayout(context.pointer, root) }
            throw GraphvizError.layout(engine: engine.rawValue, message: message)
        }
        defer { _ = gvFreeLayout(context.pointer, root) }
        return try body()
    }

    /// Moves the laid-out nodes of the graph's ``GraphvizGraph/bottomRow`` (those present) onto a line
    /// below the drawing, and its ``GraphvizGraph/footer`` below them.
    private static func moveToBottom(_ graph: GraphvizGraph, in root: UnsafeMutablePointer<Agraph_t>) {
        guard !graph.bottomRow.isEmpty || !graph.footer.isEmpty else { return }
        func nodes(_ names: [String]) -> [UnsafeMutablePointer<Agnode_t>?] {
            names.compactMap { name in name.withCString { agnode(root, UnsafeMutablePointer(mutating: $0), 0) } }.map(Optional.some)
        }
        let (row, footer) = (nodes(graph.bottomRow), nodes(graph.footer))
        row.withUnsafeBufferPointer { row in
            footer.withUnsafeBufferPointer { footer in
                cgraphviz_move_to_bottom(root, row.baseAddress, row.count, footer.baseAddress, footer.count)
            }
        }
    }

    /// Gives the force-directed engines a fixed random seed (`start=1`) unless the graph chose its own.
    ///
    /// Without one they continue the process-wide `drand48` sequence left by the previous layout, so
    /// the same graph laid out twice in one process could come out differently.
    private static func seedRandomStart(of root: UnsafeMutablePointer<Agraph_t>) {
        let existing = "start".withCString { name in agget(root, UnsafeMutablePointer(mutating: name)) }
        if let existing, existing.pointee != 0 { return }
        "start".withCString { name in
            "1".withCString { value in
                "".withCString { empty in
                    _ = agsafeset(root, UnsafeMutablePointer(mutating: name), UnsafeMutablePointer(mutating: value), UnsafeMutablePointer(mutating: empty))
                }
            }
        }
    }

    /// Renders a laid-out graph in memory (`gvRenderData`), copying and freeing Graphviz's buffer.
    private static func renderData(
        _ root: UnsafeMutablePointer<Agraph_t>, specification: String, format: OutputFormat,
        context: GraphvizContext, messages: borrowing GraphvizMessages
    ) throws -> Data {
        var buffer: UnsafeMutablePointer<CChar>?
        var length = 0
        let status = specification.withCString { cgraphviz_render_data(context.pointer, root, $0, &buffer, &length) }
        defer { if let buffer { gvFreeRenderData(buffer) } }
        guard status == 0, !messages.hasError, let buffer else {
            throw GraphvizError.render(format: format.rawValue,
                                       message: messages.message(or: "gvRenderData returned \(status)"))
        }
        return Data(bytes: buffer, count: length)
    }

    /// Writes the graph as DOT text (`agwrite`) into memory through `open_memstream`.
    private static func write(_ root: UnsafeMutablePointer<Agraph_t>, messages: borrowing GraphvizMessages) throws -> Data {
        var buffer: UnsafeMutablePointer<CChar>?
        var size = 0
        guard let stream = open_memstream(&buffer, &size) else {
            throw GraphvizError.write("open_memstream failed (errno \(errno))")
        }
        let status = agwrite(root, UnsafeMutableRawPointer(stream))
        let closed = fclose(stream)
        defer { free(buffer) }
        guard status == 0, closed == 0, !messages.hasError, let buffer else {
            throw GraphvizError.write(messages.message(or: "agwrite returned \(status)"))
        }
        return Data(bytes: buffer, count: size)
    }
}
