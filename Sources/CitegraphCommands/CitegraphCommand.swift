import ArgumentParser

/// The `citegraph` command: UN documents → typed citation graph → analyses → diagrams.
public struct CitegraphCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "citegraph",
        abstract: "Turn United Nations documents into a typed citation graph, analyse it and draw it.",
        subcommands: [
            ReportCommand.self, DocumentsCommand.self, ExtractCommand.self, BuildCommand.self, RankCommand.self,
            LineageCommand.self, AgendaCommand.self, PairsCommand.self, CommunitiesCommand.self, TimelineCommand.self,
            RenderCommand.self, ExportCommand.self, CrosscheckCommand.self, EvaluateCommand.self,
        ]
    )

    public init() {}
}
