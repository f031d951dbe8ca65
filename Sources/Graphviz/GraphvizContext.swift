import CGraphviz

/// Owns one Graphviz context (`GVC_t`): the loaded plugin configuration that layouts and renderers
/// run in. Created with `gvContext()`, freed with `gvFreeContext()` when the last reference goes.
///
/// Every use happens behind the process-wide ``GraphvizLock``, which is what makes sharing a context
/// between threads safe; ``shared()`` is the one most callers want.
public final class GraphvizContext: @unchecked Sendable {
    /// The `GVC_t *`; never leaves the module.
    let pointer: OpaquePointer

    /// Creates a context with the plugins of the installed Graphviz.
    public init() throws {
        pointer = try GraphvizLock.withLock {
            let messages = GraphvizMessages()
            guard let context = gvContext(), !messages.hasError else { throw GraphvizError.contextUnavailable }
            return context
        }
    }

    deinit {
        GraphvizLock.withLock {
            let messages = GraphvizMessages()
            _ = gvFreeContext(pointer)
            _ = messages
        }
    }

    /// The process-wide context, created on first use. Guarded by ``GraphvizLock``.
    nonisolated(unsafe) private static var sharedContext: GraphvizContext?

    /// The process-wide context, created on first use.
    public static func shared() throws -> GraphvizContext {
        try GraphvizLock.withLock {
            if let sharedContext { return sharedContext }
            let context = try GraphvizContext()
            sharedContext = context
            return context
        }
    }
}
