import Foundation

/// Messages for the user on stderr, so that stdout carries only the command's output.
public enum StandardError {
    /// Writes one line to stderr.
    public static func print(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// True when stderr is a terminal (progress bars are drawn only then).
    public static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
