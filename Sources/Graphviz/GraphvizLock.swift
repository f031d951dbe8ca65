import CGraphviz
import Foundation

/// The one process-wide lock behind which every cgraph and gvc call runs: Graphviz keeps global
/// state (error buffers, the default discipline, name tables) and is not thread-safe, even with
/// one context per thread.
///
/// The lock is recursive so that a `deinit` that frees a Graphviz object may run while the lock is
/// already held by the same thread.
enum GraphvizLock {
    static let shared = NSRecursiveLock()

    /// Runs `body` while holding the lock.
    static func withLock<T>(_ body: () throws -> T) rethrows -> T {
        shared.lock()
        defer { shared.unlock() }
        return try body()
    }
}
