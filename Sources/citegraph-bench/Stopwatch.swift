import Foundation

/// Wall-clock timing and peak memory for the benchmarks.
enum Stopwatch {
    /// Seconds taken by `body`, with its result.
    static func time<T>(_ body: () throws -> T) rethrows -> (seconds: Double, value: T) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try body()
        return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, value)
    }

    /// The least seconds of `runs` runs of `body`, with the last run's result.
    static func least<T>(of runs: Int, _ body: () throws -> T) rethrows -> (seconds: Double, value: T) {
        var (seconds, value) = try time(body)
        for _ in 1..<max(runs, 1) {
            let run = try time(body)
            seconds = min(seconds, run.seconds)
            value = run.value
        }
        return (seconds, value)
    }

    /// The least of `runs` timings of `body` (the least disturbed by the rest of the machine).
    static func best(of runs: Int, _ body: () -> Void) -> Double {
        (0..<runs).map { _ in time(body).seconds }.min() ?? 0
    }

    /// CPU seconds the calling thread has used so far: unlike wall time, not stretched while other
    /// processes hold the core.
    static var threadCPUSeconds: Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// The least wall seconds and the least CPU seconds of the calling thread over `runs` runs of `body`.
    static func bestWallAndCPU(of runs: Int, _ body: () -> Void) -> (wall: Double, cpu: Double) {
        var wall = Double.infinity
        var cpu = Double.infinity
        for _ in 0..<runs {
            let cpuStart = threadCPUSeconds
            let seconds = time(body).seconds
            cpu = min(cpu, threadCPUSeconds - cpuStart)
            wall = min(wall, seconds)
        }
        return (wall, cpu)
    }

    /// The peak resident memory of this process so far, in bytes.
    static var peakResidentBytes: Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }
}
