import Foundation

/// Wall-clock timing and peak memory for the benchmarks.
enum Stopwatch {
    /// Seconds taken by `body`, with its result.
    static func time<T>(_ body: () throws -> T) rethrows -> (seconds: Double, value: T) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try body()
        return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, value)
    }

    /// The least of `runs` timings of `body` (the least disturbed by the rest of the machine).
    static func best(of runs: Int, _ body: () -> Void) -> Double {
        (0..<runs).map { _ in time(body).seconds }.min() ?? 0
    }

    /// The peak resident memory of this process so far, in bytes.
    static var peakResidentBytes: Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }
}
