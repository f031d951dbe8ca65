import CitegraphGraph
import Foundation

/// Reads a text edge list (`citing cited` per line, node ids from 0) into a `Digraph`.
enum EdgeListLoader {
    static func load(path: String) throws -> Digraph {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BenchmarkError("\(path): cannot read the edge list")
        }
        var sources: [Int32] = []
        var targets: [Int32] = []
        sources.reserveCapacity(data.count / 10)
        targets.reserveCapacity(data.count / 10)
        var maximum: Int32 = -1
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var value: Int32 = 0
            var inNumber = false
            var column = 0
            for byte in raw {
                if byte >= 48 && byte <= 57 {
                    value = value &* 10 &+ Int32(byte &- 48)
                    inNumber = true
                    continue
                }
                if inNumber {
                    if column == 0 { sources.append(value) } else { targets.append(value) }
                    maximum = max(maximum, value)
                    column ^= 1
                    value = 0
                    inNumber = false
                }
                if byte == 10 && column != 0 { throw BenchmarkError("\(path): a line with one number") }
            }
            if inNumber { targets.append(value); maximum = max(maximum, value) }
        }
        return try Digraph(nodeCount: Int(maximum) + 1, sources: sources, targets: targets)
    }
}
