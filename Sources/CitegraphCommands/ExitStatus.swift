import ArgumentParser

/// The exit statuses every `citegraph` command uses, so that scripts can trust them.
///
/// | status | meaning |
/// |---|---|
/// | 0 | success: every input was read and all output written |
/// | 1 | failure: nothing usable was produced (no readable input, a missing or invalid graph file, …) |
/// | 3 | partial success: output written, but some input files could not be read (each is named on stderr) |
/// | 64 | usage error: an unknown command or option, a missing argument, a value an option does not take (`--kind resolutions`) |
public enum ExitStatus {
    /// Output written, but some files could not be read.
    public static let partial = ExitCode(3)
}
