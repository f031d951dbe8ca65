import Foundation

/// A progress bar on stderr for runs that take more than a second.
///
/// It draws nothing when stderr is not a terminal or when `--quiet` was given, and nothing during
/// the first second, so quick runs stay silent. It is safe to call from several threads.
public final class ProgressBar: @unchecked Sendable {
    private let label: String
    private var total: Int
    private let enabled: Bool
    private let start = Date()
    private let lock = NSLock()
    private var done = 0
    private var lastDrawn = Date.distantPast
    private var drew = false

    /// Creates a bar for `total` steps labelled `label` ("reading").
    public init(_ label: String, total: Int, quiet: Bool) {
        self.label = label
        self.total = max(total, 1)
        self.enabled = !quiet && StandardError.isTerminal
    }

    /// Sets the number of steps, once it is known.
    public func setTotal(_ total: Int) {
        lock.lock()
        self.total = max(total, 1)
        lock.unlock()
    }

    /// Records `count` more steps done.
    public func advance(by count: Int = 1) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        done += count
        let now = Date()
        guard now.timeIntervalSince(start) > 1, now.timeIntervalSince(lastDrawn) > 0.1 else { return }
        lastDrawn = now
        drew = true
        let fraction = min(1, Double(done) / Double(total))
        let width = 30
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\(label) \(bar) \(done)/\(total)".utf8))
    }

    /// Clears the bar's line, if one was drawn.
    public func finish() {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        if drew { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
