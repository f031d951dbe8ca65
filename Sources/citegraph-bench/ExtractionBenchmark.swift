import CitegraphCitations
import CitegraphDocuments
import Foundation

/// Citation extraction throughput over plain texts: the texts are read into memory first, so only
/// extraction is timed. Measures one core, every core (the files shared out), and linear scaling
/// (one text per language, then the same text repeated `scale` times).
struct ExtractionBenchmark {
    let folder: String
    /// How many copies of the joined corpus the scaling run extracts from (1 skips it).
    let scale: Int
    /// How many runs each timing takes the best of.
    let runs: Int
    /// When set, every match is written there, one line each (to check that optimisations change nothing).
    let dumpPath: String?

    func run() throws -> String {
        let texts = try readTexts()
        let bytes = texts.reduce(0) { $0 + $1.0.utf8.count }
        let extractor = CitationExtractor()
        if let dumpPath { try dump(texts, extractor: extractor, to: dumpPath) }
        var found = 0
        let oneCore = Stopwatch.best(of: runs) {
            found = 0
            for (text, language) in texts { found += extractor.matches(in: text, language: language).count }
        }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let allCores = Stopwatch.best(of: runs) { _ = Self.extractConcurrently(texts, extractor: extractor) }
        var fields = """
            "tool":"citegraph","files":\(texts.count),"bytes":\(bytes),"citations":\(found),\
            "seconds":\(oneCore),"megabytes_per_second":\(Double(bytes) / 1e6 / oneCore),\
            "cores":\(cores),"all_cores_seconds":\(allCores),"all_cores_megabytes_per_second":\(Double(bytes) / 1e6 / allCores)
            """
        if scale > 1 {
            // One long text per language: extraction must stay linear in the length of one text.
            var joined: [Language: String] = [:]
            for (text, language) in texts { joined[language, default: ""] += text + "\n\n" }
            let once = joined.keys.sorted().map { (joined[$0]!, $0) }
            let repeated = once.map { (String(repeating: $0.0, count: scale), $0.1) }
            let onceSeconds = Stopwatch.best(of: runs) {
                for (text, language) in once { _ = extractor.matches(in: text, language: language) }
            }
            let repeatedSeconds = Stopwatch.best(of: runs) {
                for (text, language) in repeated { _ = extractor.matches(in: text, language: language) }
            }
            fields += """
                ,"scale":\(scale),"joined_seconds":\(onceSeconds),"scaled_seconds":\(repeatedSeconds),\
                "scaled_bytes":\(repeated.reduce(0) { $0 + $1.0.utf8.count }),"time_ratio":\(repeatedSeconds / onceSeconds)
                """
        }
        return "{\(fields)}"
    }

    /// Every DIR/<language code>/*.txt, sorted by language and name.
    private func readTexts() throws -> [(String, Language)] {
        var texts: [(String, Language)] = []
        let root = URL(fileURLWithPath: folder)
        for language in Language.allCases {
            let sub = root.appendingPathComponent(language.code)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: sub.path) else { continue }
            for name in names.sorted() where name.hasSuffix(".txt") {
                let text = try String(contentsOf: sub.appendingPathComponent(name), encoding: .utf8)
                texts.append((text, language))
            }
        }
        guard !texts.isEmpty else { throw BenchmarkError("no .txt files under \(folder)/<language>/") }
        return texts
    }

    /// The number of matches in `texts`, the files shared out over every core.
    static func extractConcurrently(_ texts: [(String, Language)], extractor: CitationExtractor) -> Int {
        let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: texts.count)
        counts.initialize(repeating: 0)
        defer { counts.deallocate() }
        nonisolated(unsafe) let shared = counts
        DispatchQueue.concurrentPerform(iterations: texts.count) { index in
            shared[index] = extractor.matches(in: texts[index].0, language: texts[index].1).count
        }
        return counts.reduce(0, +)
    }

    private func dump(_ texts: [(String, Language)], extractor: CitationExtractor, to path: String) throws {
        var lines: [String] = []
        for (number, (text, language)) in texts.enumerated() {
            for match in extractor.matches(in: text, language: language) {
                lines.append(
                    "\(number)\t\(match.range.lowerBound)-\(match.range.upperBound)\t\(match.target.canonical)\t\(match.relation)\t"
                        + "\(match.pinpoint ?? "")\t\(match.theme ?? "")\t\(match.suspectReason ?? "")\t\(match.quote.debugDescription)")
            }
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
    }
}

/// A benchmark that could not run, with the reason.
struct BenchmarkError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
