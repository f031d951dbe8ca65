/// Escapes text for each place it reaches Graphviz, so that whatever a document's title or symbol
/// holds (`<script>`, quotes, backslashes, `&`) is drawn as text and never read as markup.
enum GraphvizText {
    /// Text for an escString label (`label` of nodes, edges, clusters and the graph): white space
    /// runs become one space and `\` becomes `\\`, so `\N`, `\l` and friends stay literal.
    /// Quotes stay as they are: cgraph's DOT writer escapes them itself, and a `\"` written here
    /// would leave an odd run of backslashes before a quote, which the 2.42 writer turns into DOT
    /// its own parser rejects. Graphviz XML-escapes the result when it writes SVG.
    static func escString(_ text: String) -> String {
        collapsingWhiteSpace(text).replacingOccurrences(of: "\\", with: "\\\\")
    }

    /// Text for a `tooltip`: as ``escString(_:)``, but each backslash doubled twice, because
    /// Graphviz 2.42 unescapes tooltips twice (once as escString, once more when writing the
    /// SVG `xlink:title`).
    static func tooltip(_ text: String) -> String {
        collapsingWhiteSpace(text).replacingOccurrences(of: "\\", with: "\\\\\\\\")
    }

    /// Several lines for an escString label, each escaped, joined by `\n` (centred line breaks).
    static func escStringLines(_ lines: [String]) -> String {
        lines.map(escString).joined(separator: "\\n")
    }

    /// Text inside an HTML-like label: `&`, `<`, `>`, `"` and `'` as entities, white space collapsed.
    static func html(_ text: String) -> String {
        var result = ""
        for character in collapsingWhiteSpace(text) {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// The link to a document on the UN's document resolver, `https://undocs.org/<symbol>`, with
    /// every byte of the symbol outside `A–Z a–z 0–9 - . _ ~ /` percent-encoded
    /// (`S/RES/2518 (2020)` → `S/RES/2518%20%282020%29`).
    static func undocsURL(for symbol: String) -> String {
        var path = ""
        for byte in symbol.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                 UInt8(ascii: "~"), UInt8(ascii: "/"):
                path.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                path += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return "https://undocs.org/" + path
    }

    /// `text` with every run of white space (including line breaks) as one space, trimmed, and
    /// control characters (NUL, escape, …), which C strings or XML cannot carry, removed.
    static func collapsingWhiteSpace(_ text: String) -> String {
        let visible = text.unicodeScalars.filter { scalar in
            scalar.properties.generalCategory != .control || scalar.properties.isWhitespace
        }
        return String(String.UnicodeScalarView(visible))
            .split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
    }
}

extension String {
    /// The string with leading zeros up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
