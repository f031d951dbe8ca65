import Foundation
import Graphviz

/// Rendering DOT to SVG through libgvc in this process, for comparison with the `dot`/`sfdp`
/// programs on the same file: the caller times the whole process, this reports the in-process part.
struct RenderBenchmark {
    let dotPath: String
    let engine: LayoutEngine
    let outputPath: String?

    func run() throws -> String {
        let text = try String(contentsOfFile: dotPath, encoding: .utf8)
        let (seconds, svg) = try Stopwatch.time { try Graphviz.render(dot: text, using: engine, to: .svg) }
        if let outputPath { try svg.write(to: URL(fileURLWithPath: outputPath)) }
        return """
            {"tool":"citegraph","engine":"\(engine.rawValue)","seconds":\(seconds),"svg_bytes":\(svg.count)}
            """
    }
}
