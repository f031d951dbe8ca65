import CGraphviz
import Foundation

/// The one process-wide lock behind which every cgraph and gvc call runs: Graphviz keeps global
/// state (error buffers, the default discipline, name tables) and is not thread-safe, even with
/// one context per thread.
enum GraphvizLock {
    static let shared = NSLock()

    /// Runs `body` while holding the lock.
    static func withLock<T>(_ body: () throws -> T) rethrows -> T {
        shared.lock()
        defer { shared.unlock() }
        return try body()
    }
}
