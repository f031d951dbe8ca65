import CitegraphGraph
import Foundation

/// The documents or themes of a graph a user probably meant when what they typed is not there:
/// `S/RES/1325` or `1325 (2000)` for `S/RES/1325 (2000)`, `women peace and security` for
/// `women, peace and security`.
enum SymbolSuggestions {
    /// Up to `limit` symbols of the graph equal to `text` once case, spaces, brackets and the year
    /// in brackets are set aside, in graph (symbol) order.
    static func symbols(near text: String, in graph: CitationGraph, limit: Int = 3) -> [String] {
        let wanted = key(withoutYear(text))
        guard !wanted.isEmpty else { return [] }
        var found: [String] = []
        for node in graph.nodes where found.count < limit {
            let symbol = node.symbol
            if key(withoutYear(symbol.canonical)) == wanted || key(withoutYear(symbol.shortLabel)) == wanted {
                found.append(symbol.canonical)
            }
        }
        return found
    }

    /// Up to `limit` themes of the graph equal to `text` once case, punctuation and spacing are set
    /// aside, or else holding every word of it; most used first.
    static func themes(near text: String, in graph: CitationGraph, limit: Int = 3) -> [String] {
        let wanted = words(text)
        guard !wanted.isEmpty else { return [] }
        var uses: [String: Int] = [:]
        for node in graph.nodes {
            for (theme, count) in node.themeCounts { uses[theme, default: 0] += count }
        }
        let byUse = uses.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        let same = byUse.filter { words($0) == wanted }
        if !same.isEmpty { return Array(same.prefix(limit)) }
        return Array(byUse.filter { Set(words($0)).isSuperset(of: wanted) }.prefix(limit))
    }

    /// Upper-cased, without white space or brackets.
    private static func key(_ text: String) -> String {
        String(text.uppercased().filter { !$0.isWhitespace && $0 != "(" && $0 != ")" })
    }

    /// The text without a trailing year in brackets: `S/RES/1325 (2000)` → `S/RES/1325`.
    private static func withoutYear(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else { return trimmed }
        let inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        guard inside.count == 4, inside.allSatisfy(\.isNumber) else { return trimmed }
        return String(trimmed[..<open])
    }

    /// The lower-cased words of a theme, punctuation dropped.
    private static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }
}
