import CGraphviz
import Foundation

/// Owns one Graphviz context (`GVC_t`): the loaded plugin configuration that layouts and renderers
/// run in. Created with `gvContext()`; when the last reference goes, the context is kept for the next
/// `GraphvizContext()` rather than freed with `gvFreeContext()`.
///
/// Graphviz's pango plugin remembers, in a static variable, the font name of the last text it
/// measured: a pointer into the font table of the context that measured it. Freeing that context
/// left the pointer dangling, and the next layout in any other context read freed memory (valgrind,
/// `Scripts/valgrind`). Kept contexts are reused, so there are never more than were alive at once.
///
/// Every use happens behind the process-wide ``GraphvizLock``, which is what makes sharing a context
/// between threads safe; ``shared()`` is the one most callers want.
public final class GraphvizContext: @unchecked Sendable {
    /// The `GVC_t *`; never leaves the module.
    let pointer: OpaquePointer

    /// Creates a context with the plugins of the installed Graphviz.
    public init() throws {
        pointer = try GraphvizLock.withLock {
            if let kept = Self.kept.popLast() { return kept }
            let messages = GraphvizMessages()
            guard let context = gvContext(), !messages.hasError else { throw GraphvizError.contextUnavailable }
            return context
        }
    }

    deinit {
        let pointer = pointer
        GraphvizLock.withLock { Self.kept.append(pointer) }
    }

    /// Contexts no longer referenced, kept for reuse instead of freed. Guarded by ``GraphvizLock``.
    nonisolated(unsafe) private static var kept: [OpaquePointer] = []

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
