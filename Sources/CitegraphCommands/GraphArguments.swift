import ArgumentParser
import CitegraphCitations
import CitegraphDocuments
import CitegraphGraph
import Foundation

/// Reading the arguments graph commands share: the graph file, relations, kinds, years.
enum GraphArguments {
    /// Reads a node-link JSON graph, turning any failure into a message naming the file as given (and
    /// saying where such graphs come from when the file is not one); with
    /// `--verbose`, says how large it is and how long reading took.
    static func load(_ path: String, verbosity: VerbosityOptions) throws -> CitationGraph {
        guard FileManager.default.fileExists(atPath: path) else { throw CommandError("\(path): no such file") }
        let start = DispatchTime.now().uptimeNanoseconds
        let graph: CitationGraph
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CommandError("\(path): cannot read the file (\(error.localizedDescription))")
        }
        do {
            graph = try CitationGraph(nodeLinkJSON: data, source: path)
        } catch let error as GraphError {
            if case .invalidNodeLink = error {
                throw CommandError("\(error) (graphs come from `citegraph build … -o graph.json` or `citegraph report`)")
            }
            throw CommandError(error.description)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        verbosity.detail("\(path): \(graph.nodeCount) documents, \(graph.digraph.edgeCount) cited pairs, read in \(String(format: "%.2f", seconds)) s")
        return graph
    }

    /// The relations named (raw names, or `pursuant-to`, `takes-note-of` spelled with hyphens); nil when none.
    static func relations(_ names: [String]) throws -> Set<Relation>? {
        guard !names.isEmpty else { return nil }
        return Set(try names.flatMap { $0.split(separator: ",") }.map { name in
            let compact = name.lowercased().replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "_", with: "")
            guard let relation = Relation.allCases.first(where: { $0.rawValue.lowercased() == compact }) else {
                throw ValidationError("--relation: unknown relation \"\(name)\" (known: \(Relation.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return relation
        })
    }

    /// A kind of document from its name or a short alias.
    static func kind(_ name: String) throws -> DocumentKind {
        let aliases: [String: DocumentKind] = [
            "resolution": .securityCouncilResolution, "sc-resolution": .securityCouncilResolution, "res": .securityCouncilResolution,
            "prst": .presidentialStatement, "statement": .presidentialStatement, "presidential-statement": .presidentialStatement,
            "ga-resolution": .generalAssemblyResolution, "report": .report, "letter": .letter, "other": .other,
        ]
        if let kind = DocumentKind(rawValue: name) ?? aliases[name.lowercased()] { return kind }
        throw ValidationError("--kind: unknown kind \"\(name)\" (known: \(aliases.keys.sorted().joined(separator: ", ")))")
    }

    /// The range of citing years from optional bounds, or nil when neither is given.
    static func years(from: Int?, to: Int?) throws -> ClosedRange<Int>? {
        if from == nil && to == nil { return nil }
        let lower = from ?? Int.min, upper = to ?? Int.max
        guard lower <= upper else { throw ValidationError("--from-year \(lower) is after --to-year \(upper)") }
        return lower...upper
    }

    /// A JSON value as a TSV field: strings bare (tabs and newlines as spaces), numbers as written.
    static func tsvField(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): text.map { $0 == "\t" || $0.isNewline ? " " : String($0) }.joined()
        case .number(let number): "\(number)"
        case .null: ""
        default: value.serialized()
        }
    }

    /// Parses a document symbol given on the command line, or fails naming it and suggesting the
    /// graph's documents it may mean (`S/RES/1325` or `1325 (2000)` for `S/RES/1325 (2000)`).
    static func symbol(_ text: String, in graph: CitationGraph, file: String) throws -> Int32 {
        guard let symbol = DocumentSymbol(parsing: text) else {
            throw CommandError(
                "\"\(text)\" is not a UN document symbol (written as the UN writes them: \"S/RES/1325 (2000)\", "
                    + "\"S/PRST/2014/5\", \"A/RES/70/1\")" + didYouMean(text, in: graph))
        }
        guard let node = graph.index(of: symbol) else {
            throw CommandError("\(file): the graph holds no document \(symbol)" + didYouMean(text, in: graph))
        }
        return node
    }

    /// `; did you mean "…"?` naming the documents `text` may stand for, or nothing when none fits.
    static func didYouMean(_ text: String, in graph: CitationGraph) -> String {
        didYouMean(SymbolSuggestions.symbols(near: text, in: graph))
    }

    /// `; did you mean "…" or "…"?` naming `candidates`, or nothing when there are none.
    static func didYouMean(_ candidates: [String]) -> String {
        guard !candidates.isEmpty else { return "" }
        return "; did you mean " + candidates.map { "\"\($0)\"" }.joined(separator: " or ") + "?"
    }
}
