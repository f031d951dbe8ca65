import CitegraphCitations
import CitegraphDocuments
import Foundation

/// Citation extraction throughput over plain texts, on one core: the texts are read into memory
/// first, so only extraction is timed.
struct ExtractionBenchmark {
    let folder: String
    /// How many copies of the corpus to extract from (10 checks that time grows linearly).
    let scale: Int

    func run() throws -> String {
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
        if scale > 1 {
            // One long text per language made of `scale` copies: extraction must stay linear in length.
            var joined: [Language: String] = [:]
            for (text, language) in texts { joined[language, default: ""] += text + "\n\n" }
            texts = joined.keys.sorted().map { (String(repeating: joined[$0]!, count: scale), $0) }
        }
        let bytes = texts.reduce(0) { $0 + $1.0.utf8.count }
        let extractor = CitationExtractor()
        var found = 0
        let seconds = Stopwatch.best(of: 3) {
            found = 0
            for (text, language) in texts { found += extractor.matches(in: text, language: language).count }
        }
        return """
            {"tool":"citegraph","files":\(texts.count),"bytes":\(bytes),"scale":\(scale),"citations":\(found),\
            "seconds":\(seconds),"megabytes_per_second":\(Double(bytes) / 1e6 / seconds)}
            """
    }
}

/// A benchmark that could not run, with the reason.
struct BenchmarkError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
