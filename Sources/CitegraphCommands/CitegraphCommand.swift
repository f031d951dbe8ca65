import ArgumentParser

/// The `citegraph` command: UN documents → typed citation graph → analyses → diagrams.
public struct CitegraphCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "citegraph",
        abstract: "Turn United Nations documents into a typed citation graph, analyse it and draw it.",
        discussion: """
            Exit status: 0 when every input file was read and all output written; 3 when the output was \
            written but some input files could not be read (each is named on stderr, and the rest are \
            read); 1 when nothing usable was produced (no readable input, an output that cannot be \
            written, an invalid graph file), in which case no output file is left behind; 64 for a \
            usage error.
            """,
        subcommands: [
            ReportCommand.self, DocumentsCommand.self, ExtractCommand.self, BuildCommand.self, RankCommand.self,
            LineageCommand.self, AgendaCommand.self, PairsCommand.self, CommunitiesCommand.self, TimelineCommand.self,
            RenderCommand.self, ExportCommand.self, CrosscheckCommand.self, EvaluateCommand.self,
        ]
    )

    public init() {}

    /// The usage error for a first argument that is no command (`citegraph rnak …`), naming the
    /// nearest commands; nil when the arguments start with a command, an option or nothing.
    public static func unknownCommandMessage(_ arguments: [String]) -> String? {
        guard let typed = arguments.first, !typed.hasPrefix("-") else { return nil }
        let names = configuration.subcommands.compactMap { $0.configuration.commandName }
        guard typed != "help", !names.contains(typed) else { return nil }
        let near = names.filter { CommandNames.distance(typed.lowercased(), $0) <= 2 }
        let hint = near.isEmpty ? "" : "; did you mean " + near.map { "'\($0)'" }.joined(separator: " or ") + "?"
        return "unknown command '\(typed)'\(hint) (commands: \(names.joined(separator: ", ")))"
    }
}
