import CGraphviz
import Foundation

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

    /// The names of the installed plugins of one API (`gvPluginList`), sorted and without
    /// duplicates: `"layout"` gives the layout engines, `"render"` the renderers, `"device"` the
    /// output formats.
    public func plugins(ofKind kind: String) throws -> [String] {
        try GraphvizLock.withLock {
            let messages = GraphvizMessages()
            var count: Int32 = 0
            let list = kind.withCString { gvPluginList(pointer, $0, &count, nil) }
            guard let list else {
                if messages.hasError { throw GraphvizError.plugins(kind: kind, message: messages.message(or: "gvPluginList failed")) }
                return []
            }
            defer { free(list) }
            var names: Set<String> = []
            for index in 0..<Int(max(count, 0)) {
                guard let item = list[index] else { continue }
                names.insert(CString.string(item))
                free(item)
            }
            return names.sorted()
        }
    }

    /// The layout engines of ``LayoutEngine`` that the installed Graphviz provides.
    public func installedLayoutEngines() throws -> [LayoutEngine] {
        let installed = Set(try plugins(ofKind: "layout"))
        return LayoutEngine.allCases.filter { installed.contains($0.rawValue) }
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
