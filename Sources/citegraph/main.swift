import CitegraphCommands
import Foundation

if let message = CitegraphCommand.unknownCommandMessage(Array(CommandLine.arguments.dropFirst())) {
    StandardError.print("Error: \(message)\nSee 'citegraph --help' for more information.")
    exit(64)
}
CitegraphCommand.main()
