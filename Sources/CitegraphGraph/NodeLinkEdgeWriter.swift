/// Writes the `edges` array of Citegraph's compact node-link JSON straight to bytes: the same bytes
/// `JSONEncoder` (`.sortedKeys`, `.withoutEscapingSlashes`) gives for `[NodeLink.Edge]`, several
/// times faster, since the edges and their provenance are most of a graph file.
///
/// Keys come in the encoder's sorted order; strings are escaped as it escapes them: `"` and `\`,
/// `\b \t \n \f \r`, other control characters as `\u00xx`, everything else as UTF-8.
struct NodeLinkEdgeWriter {
    private(set) var bytes: [UInt8] = []

    /// Appends the JSON array of the typed edges leaving the nodes in `sources`, in order.
    mutating func writeEdges(of graph: CitationGraph, from sources: Range<Int>) {
        bytes.append(UInt8(ascii: "["))
        var first = true
        for source in sources {
            let sourceSymbol = graph.nodes[source].symbol.canonical
            for position in graph.edgePositions(from: Int32(source)) {
                if !first { bytes.append(UInt8(ascii: ",")) }
                first = false
                let target = graph.edgeTargets[position]
                let relation = graph.edgeRelations[position].rawValue
                raw(#"{"count":"#)
                raw(String(graph.edgeCounts[position]))
                if graph.isForwardInTime(from: Int32(source), to: target) { raw(#","forward_in_time":true"#) }
                raw(#","key":"#)
                string(relation)
                raw(#","provenance":["#)
                var firstRecord = true
                for record in graph.provenance(ofEdgeAt: position) {
                    if !firstRecord { bytes.append(UInt8(ascii: ",")) }
                    firstRecord = false
                    raw(#"{"file":"#)
                    string(record.file)
                    raw(#","language":"#)
                    string(record.language.rawValue)
                    raw(#","paragraph":"#)
                    string(record.paragraph)
                    if let pinpoint = record.pinpoint {
                        raw(#","pinpoint":"#)
                        string(pinpoint)
                    }
                    raw(#","quote":"#)
                    string(record.quote)
                    bytes.append(UInt8(ascii: "}"))
                }
                raw(#"],"relation":"#)
                string(relation)
                raw(#","source":"#)
                string(sourceSymbol)
                raw(#","target":"#)
                string(graph.nodes[Int(target)].symbol.canonical)
                bytes.append(UInt8(ascii: "}"))
            }
        }
        bytes.append(UInt8(ascii: "]"))
    }

    private mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// A JSON string literal, escaped as `JSONEncoder` escapes it.
    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: Array(#"\u00"#.utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
