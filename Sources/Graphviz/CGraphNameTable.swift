import CGraphviz
import Foundation

/// The object names and IDs of one graph built by the binding: a cgraph ID discipline.
///
/// cgraph's default discipline uses the address of the interned name as a named object's ID, and
/// keeps subgraphs ordered by ID. Subgraphs (clusters, `rank=same` groups) were therefore laid out
/// and written in an order that depended on the heap, and the same description could give
/// different DOT text from one call to the next. This discipline numbers objects in creation
/// order instead (named objects even, anonymous ones odd, as cgraph requires), so order follows
/// the description.
///
/// Used only behind ``GraphvizLock``; a table lives from `agopen` (`open`) to `agclose` (`close`).
///
/// Names are interned in the graph's string dictionary (`agstrdup`), as the default discipline
/// does: cgraph reads a header in front of every name (`aghtmlstr`) and frees the dictionary with
/// the graph.
final class CGraphNameTable {
    private let graph: UnsafeMutablePointer<Agraph_t>?
    private var identifiers: [String: IDTYPE] = [:]
    private var names: [IDTYPE: UnsafeMutablePointer<CChar>] = [:]
    private var created: IDTYPE = 0

    init(graph: UnsafeMutablePointer<Agraph_t>?) { self.graph = graph }

    /// The ID of `name`, created when `create` is set; anonymous objects (nil name) always get a new one.
    func identifier(for name: UnsafeMutablePointer<CChar>?, create: Bool) -> IDTYPE? {
        guard let name else {
            created += 1
            return 2 * created + 1
        }
        let key = String(cString: name)
        if let existing = identifiers[key] { return existing }
        guard create, let interned = agstrdup(graph, name) else { return nil }
        created += 1
        let identifier = 2 * created
        identifiers[key] = identifier
        names[identifier] = interned
        return identifier
    }

    /// The name of a named object, nil for anonymous ones.
    func name(for identifier: IDTYPE) -> UnsafeMutablePointer<CChar>? { names[identifier] }

    /// The discipline to pass to `agopen`: this ID scheme with cgraph's default memory and I/O.
    nonisolated(unsafe) static let discipline: UnsafeMutablePointer<Agdisc_t> = {
        let identifiers = UnsafeMutablePointer<Agiddisc_t>.allocate(capacity: 1)
        identifiers.initialize(to: Agiddisc_t(
            open: { graph, _ in Unmanaged.passRetained(CGraphNameTable(graph: graph)).toOpaque() },
            map: { state, _, name, identifier, create in
                guard let state, let identifier,
                      let value = table(state).identifier(for: name, create: create != 0) else { return 0 }
                identifier.pointee = value
                return 1
            },
            alloc: { _, _, _ in 0 },
            free: { _, _, _ in },
            print: { state, _, identifier in state.flatMap { table($0).name(for: identifier) } },
            close: { state in if let state { Unmanaged<CGraphNameTable>.fromOpaque(state).release() } },
            idregister: { _, _, _ in }))
        let discipline = UnsafeMutablePointer<Agdisc_t>.allocate(capacity: 1)
        discipline.initialize(to: Agdisc_t(mem: cgraphviz_default_memory(), id: identifiers, io: cgraphviz_default_io()))
        return discipline
    }()

    private static func table(_ state: UnsafeMutableRawPointer) -> CGraphNameTable {
        Unmanaged<CGraphNameTable>.fromOpaque(state).takeUnretainedValue()
    }
}
