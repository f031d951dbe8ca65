import Foundation

/// CPU seconds added up per thread, from many threads at once.
final class ThreadCPUTally: @unchecked Sendable {
    private var seconds: [UInt: Double] = [:]
    private let lock = NSLock()

    /// Adds `amount` to the calling thread's total.
    func add(_ amount: Double) {
        let thread = UInt(bitPattern: Int(bitPattern: UnsafeRawPointer(bitPattern: UInt(pthread_self()))))
        lock.lock()
        seconds[thread, default: 0] += amount
        lock.unlock()
    }

    /// Each thread's total.
    var totals: [Double] {
        lock.lock()
        defer { lock.unlock() }
        return Array(seconds.values)
    }
}
