/// An error a command reports to the user: one line on stderr, exit status 1.
public struct CommandError: Error, CustomStringConvertible {
    /// The message, which names the file or argument concerned.
    public let description: String

    /// Creates an error with a message that names the file or argument concerned.
    public init(_ message: String) {
        description = message
    }
}
