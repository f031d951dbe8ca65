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
        let oneCore = Stopwatch.bestWallAndCPU(of: runs) {
            found = 0
            for (text, language) in texts { found += extractor.matches(in: text, language: language).count }
        }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        var allCores = Double.infinity
        var busiestThread = Double.infinity
        var threadSeconds: [Double] = []
        for _ in 0..<runs {
            let (seconds, perThread) = Stopwatch.time { Self.extractConcurrently(texts, extractor: extractor) }
            allCores = min(allCores, seconds)
            if perThread.max() ?? seconds < busiestThread {
                busiestThread = perThread.max() ?? seconds
                threadSeconds = perThread.sorted(by: >)
            }
        }
        var fields = """
            "tool":"citegraph","files":\(texts.count),"bytes":\(bytes),"citations":\(found),\
            "seconds":\(oneCore.wall),"megabytes_per_second":\(Double(bytes) / 1e6 / oneCore.wall),\
            "cpu_seconds":\(oneCore.cpu),"megabytes_per_cpu_second":\(Double(bytes) / 1e6 / oneCore.cpu),\
            "cores":\(cores),"all_cores_seconds":\(allCores),"all_cores_megabytes_per_second":\(Double(bytes) / 1e6 / allCores),\
            "busiest_thread_cpu_seconds":\(busiestThread),"thread_cpu_seconds":\(threadSeconds),"balanced_speedup":\(oneCore.cpu / busiestThread)
            """
        if scale > 1 {
            // One long text per language: extraction must stay linear in the length of one text.
            var joined: [Language: String] = [:]
            for (text, language) in texts { joined[language, default: ""] += text + "\n\n" }
            let once = joined.keys.sorted().map { (joined[$0]!, $0) }
            let repeated = once.map { (String(repeating: $0.0, count: scale), $0.1) }
            // Interleaved, so that a change in the machine's load touches both sides alike.
            var onceSeconds = (wall: Double.infinity, cpu: Double.infinity)
            var repeatedSeconds = onceSeconds
            for _ in 0..<runs {
                let onceRun = Stopwatch.bestWallAndCPU(of: 1) {
                    for (text, language) in once { _ = extractor.matches(in: text, language: language) }
                }
                let repeatedRun = Stopwatch.bestWallAndCPU(of: 1) {
                    for (text, language) in repeated { _ = extractor.matches(in: text, language: language) }
                }
                onceSeconds = (min(onceSeconds.wall, onceRun.wall), min(onceSeconds.cpu, onceRun.cpu))
                repeatedSeconds = (min(repeatedSeconds.wall, repeatedRun.wall), min(repeatedSeconds.cpu, repeatedRun.cpu))
            }
            fields += """
                ,"scale":\(scale),"joined_seconds":\(onceSeconds.wall),"scaled_seconds":\(repeatedSeconds.wall),\
                "joined_cpu_seconds":\(onceSeconds.cpu),"scaled_cpu_seconds":\(repeatedSeconds.cpu),\
                "scaled_bytes":\(repeated.reduce(0) { $0 + $1.0.utf8.count }),"time_ratio":\(repeatedSeconds.wall / onceSeconds.wall),\
                "cpu_time_ratio":\(repeatedSeconds.cpu / onceSeconds.cpu)
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

    /// Extracts from `texts`, the files shared out over every core; returns the CPU seconds each
    /// thread that took part spent on them (the busiest one bounds the wall time on idle cores).
    static func extractConcurrently(_ texts: [(String, Language)], extractor: CitationExtractor) -> [Double] {
        let perThread = ThreadCPUTally()
        DispatchQueue.concurrentPerform(iterations: texts.count) { index in
            let start = Stopwatch.threadCPUSeconds
            _ = extractor.matches(in: texts[index].0, language: texts[index].1)
            perThread.add(Stopwatch.threadCPUSeconds - start)
        }
        return perThread.totals
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
