import ArgumentParser

/// `--quiet` and `--verbose`, shared by every command.
public struct VerbosityOptions: ParsableArguments {
    /// Print nothing on stderr but errors.
    @Flag(name: .shortAndLong, help: "Print nothing on stderr but errors (no progress bar, no summary).")
    public var quiet = false

    /// Print a line per file read and timings on stderr.
    @Flag(name: .shortAndLong, help: "Print more on stderr: each file read, the time each stage took.")
    public var verbose = false

    public init() {}

    /// Prints `line` on stderr unless `--quiet` was given.
    public func note(_ line: @autoclosure () -> String) {
        if !quiet { StandardError.print(line()) }
    }

    /// Prints `line` on stderr only with `--verbose`.
    public func detail(_ line: @autoclosure () -> String) {
        if verbose && !quiet { StandardError.print(line()) }
    }
}
