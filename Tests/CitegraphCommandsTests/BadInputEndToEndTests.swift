import Foundation
import Testing

/// Bad input through the real `citegraph` binary: each bad file is named on stderr, the rest of the
/// corpus is read, the exit status is the documented one (0 all read, 1 nothing usable, 3 partial),
/// and no partial output file is left. Inputs are generated in a temporary folder at test time.
/// Documents: United Nations (unofficial copies from Tests/Fixtures).
@Suite struct BadInputEndToEndTests {
    /// A temporary folder holding one good document (S/RES/2506 (2020), English Akoma Ntoso).
    final class Scratch {
        let folder: URL

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-bad-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                at: CitegraphProcess.fixtures.appendingPathComponent("akn/S_RES_2506_2020_E.xml"),
                to: folder.appendingPathComponent("good.xml"))
        }

        deinit {
            // chmod 000 files and folders must be made removable again.
            if let paths = FileManager.default.subpaths(atPath: folder.path) {
                for path in paths { chmod(folder.appendingPathComponent(path).path, 0o755) }
            }
            try? FileManager.default.removeItem(at: folder)
        }

        /// Writes `data` to `name` (which may hold sub-folders) and returns its path.
        @discardableResult
        func write(_ name: String, _ data: Data) throws -> String {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
            return url.path
        }

        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

        /// The names of the files in the folder (not recursive), hidden ones included.
        func names() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() }
    }

    static let goodSymbol = "S/RES/2506 (2020)"

    static func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: CitegraphProcess.fixtures.appendingPathComponent(name))
    }

    /// `documents` over the folder, as TSV: the bad file is named, the good one listed, status 3.
    func expectPartial(_ scratch: Scratch, naming file: String, saying message: String) throws {
        let run = try CitegraphProcess.run(["documents", scratch.folder.path, "--format", "tsv", "--quiet"])
        #expect(run.status == 3, "stderr: \(run.stderr)")
        let line = run.stderr.split(separator: "\n").first { $0.contains(file) }
        #expect(line?.contains(message) == true, "stderr: \(run.stderr)")
        #expect(run.stdout.contains(Self.goodSymbol))
    }

    @Test func binaryFileIsNamedAndTheRestIsRead() throws {
        let scratch = try Scratch()
        var generator = SystemRandomNumberGenerator()
        let noise = (0..<65_536).map { _ in UInt8.random(in: 0...255, using: &generator) }
        try scratch.write("scan.txt", Data([0x25, 0x50, 0x44, 0x46, 0x2D] + noise))  // %PDF- and noise
        try scratch.write("image.xml", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00] + noise))
        try expectPartial(scratch, naming: "scan.txt", saying: "not a text file (binary content)")
        try expectPartial(scratch, naming: "image.xml", saying: "not a text file (binary content)")
    }

    @Test func invalidUTF8IsRepairedAndNamedOrRefusedWhenMostlyInvalid() throws {
        let scratch = try Scratch()
        var damaged = try Self.fixture("seeds/002_7aea938ced5f1906.txt")
        // Stray bytes, a truncated sequence and an encoded surrogate, at a line break (not inside a character):
        // six invalid bytes.
        let lineBreak = try #require(damaged[300...].firstIndex(of: 0x0A))
        damaged.insert(contentsOf: [0xFF, 0xFE, 0xC3, 0x28, 0xED, 0xA0, 0x80], at: lineBreak)
        try scratch.write("damaged.txt", damaged)
        // Latin-1 bytes above 0x7F are all invalid UTF-8: far over the 5 % a text file may hold.
        try scratch.write("latin1.txt", Data((0..<4096).map { UInt8(0xA0 + $0 % 0x5F) }))
        let run = try CitegraphProcess.run(["documents", scratch.folder.path, "--format", "tsv"])
        #expect(run.status == 3, "stderr: \(run.stderr)")
        #expect(run.stderr.contains("latin1.txt: not a text file (binary content)"))
        #expect(run.stderr.contains("damaged.txt: invalidUTF8: 6 invalid UTF-8 sequence(s) replaced with U+FFFD"))
        #expect(run.stdout.contains("S/RES/2518 (2020)\t"))  // the damaged letter's annexed resolution
        #expect(run.stdout.contains(Self.goodSymbol))
    }

    @Test func emptyAndBlankFilesAreNamed() throws {
        let scratch = try Scratch()
        try scratch.write("empty.txt", Data())
        try scratch.write("blank.md", Data(" \n\t\r\n\u{FEFF}  ".utf8))
        try scratch.write("empty.xml", Data())
        try expectPartial(scratch, naming: "empty.txt", saying: "the file is empty")
        try expectPartial(scratch, naming: "blank.md", saying: "the file is empty")
        try expectPartial(scratch, naming: "empty.xml", saying: "the file is empty")
    }

    /// 5 MB of resolution text with no line break: read in bounded time (the 200 MB case is in
    /// Scripts/robustness; here a sparse 200 MB file checks the size limit without writing 200 MB).
    @Test func hugeLinesAreReadInBoundedTimeAndOversizedFilesRefused() throws {
        let scratch = try Scratch()
        let sentence = "Recalling its resolutions 2532 (2020) and 2565 (2021), and resolution 1325 (2000) on women, peace and security, "
        let text = String(repeating: sentence, count: 5_000_000 / sentence.utf8.count)
        try scratch.write("one-line.txt", Data(text.utf8))
        let started = Date()
        let run = try CitegraphProcess.run(["extract", scratch.path("one-line.txt"), "--format", "tsv", "--quiet"])
        let seconds = Date().timeIntervalSince(started)
        #expect(seconds < 60, "5 MB on one line took \(seconds) s")
        // Either a document is read from it or it is named as unreadable: never a crash or a hang.
        #expect(run.status == 0 || (run.status == 1 && run.stderr.contains("one-line.txt")), "stderr: \(run.stderr)")

        let big = scratch.path("big.txt")
        #expect(FileManager.default.createFile(atPath: big, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: big))
        try handle.truncate(atOffset: 200 << 20)
        try handle.close()
        try FileManager.default.removeItem(atPath: scratch.path("one-line.txt"))
        try expectPartial(scratch, naming: "big.txt", saying: "the file is 209715200 bytes, over the limit of 67108864 bytes")
    }

    @Test func truncatedAndMalformedXMLAreNamed() throws {
        let scratch = try Scratch()
        let xml = try Self.fixture("akn/S_RES_2596_2021_F.xml")
        try scratch.write("cut.xml", xml.prefix(xml.count / 2))
        try scratch.write("garbage.xml", Data("<<<>>>&&&</not-open><?xml".utf8))
        try scratch.write("rss.xml", Data("<?xml version=\"1.0\"?><rss><channel/></rss>".utf8))
        let run = try CitegraphProcess.run(["documents", scratch.folder.path, "--format", "tsv", "--quiet"])
        #expect(run.status == 3)
        #expect(run.stderr.contains("cut.xml: malformed XML that could not be recovered"))
        #expect(run.stderr.contains("garbage.xml:"))
        #expect(run.stderr.contains("rss.xml: XML with root <rss> is not an Akoma Ntoso document"))
        #expect(run.stdout.contains(Self.goodSymbol))
    }

    /// Absurd numbers make no Security Council citation and cost no crash (no integer overflow);
    /// symbols of unknown series are kept as written, as citations of other documents.
    @Test func unknownSymbolsAndAbsurdNumbersAreNotCouncilCitations() throws {
        let scratch = try Scratch()
        let text = """
            Resolution 99999999999999999999 (2020)

            Adopted by the Security Council at its 99999999999999999999th meeting, on 31 February 99999

            The Security Council,

            Recalling its resolution 99999999999999999999 (2020), S/RES/99999999999999999999 (2020), \
            S/PRST/99999999999999999999/1, S/RES/XYZ (2020), S/FOO/2020/1 and resolution 0 (2020),

            Recalling also its resolution 2532 (2020),

            1. Decides to remain seized of the matter.
            """
        try scratch.write("absurd.txt", Data(text.utf8))
        let run = try CitegraphProcess.run(["extract", scratch.path("absurd.txt"), "--format", "tsv", "--quiet"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        let column = try #require(lines.first?.firstIndex(of: "target"), "stdout: \(run.stdout)")
        let cited = Set(lines.dropFirst().map { $0[column] })
        #expect(cited == ["S/RES/2532 (2020)", "S/FOO/2020/1"], "cited: \(cited)")
        let documents = try CitegraphProcess.run(["documents", scratch.path("absurd.txt"), "--format", "jsonl", "--quiet"])
        #expect(documents.status == 0)
        #expect(documents.stdout.contains(#""symbol":null"#))  // the absurd heading names no document
    }

    @Test func pathsWithSpacesAndNonASCIINamesAreReadAndNamed() throws {
        let scratch = try Scratch()
        let folder = "dossier été 2021/安理会 résolution"
        try scratch.write("\(folder)/S RES 2594 (2021) 中文.txt", try Self.fixture("seeds/003_6bb09af84bcb3a26.txt"))
        try scratch.write("\(folder)/vide — لا شيء.md", Data())
        let run = try CitegraphProcess.run(["documents", scratch.folder.path, "--format", "tsv", "--quiet"])
        #expect(run.status == 3)
        #expect(run.stderr.contains(scratch.path("\(folder)/vide — لا شيء.md") + ": the file is empty"))
        let row = run.stdout.split(separator: "\n").first { $0.hasPrefix("S/RES/2594 (2021)\t") }
        #expect(row?.hasSuffix("\t" + scratch.path("\(folder)/S RES 2594 (2021) 中文.txt")) == true, "stdout: \(run.stdout)")
    }

    /// Mode 000 stops everyone but root; a FIFO (or another non-regular file) with a document name
    /// stops root too, and must not block the run waiting for a writer.
    @Test func unreadableFilesAreNamed() throws {
        let scratch = try Scratch()
        try scratch.write("locked.txt", try Self.fixture("seeds/002_7aea938ced5f1906.txt"))
        chmod(scratch.path("locked.txt"), 0)
        #expect(mkfifo(scratch.path("pipe.txt"), 0o644) == 0)
        let run = try CitegraphProcess.run(["documents", scratch.folder.path, "--format", "tsv", "--quiet"])
        #expect(run.status == 3, "stderr: \(run.stderr)")
        #expect(run.stderr.contains(scratch.path("pipe.txt") + ": cannot read the file (not a regular file)"))
        if geteuid() == 0 {
            // Root reads mode-000 files: the letter is read like any other.
            #expect(run.stdout.contains("S/RES/2518 (2020)\t"))
        } else {
            #expect(run.stderr.contains(scratch.path("locked.txt") + ": cannot read the file"))
        }
        #expect(run.stdout.contains(Self.goodSymbol))
    }

    @Test func directorySymlinkLoopsEnd() throws {
        let scratch = try Scratch()
        try scratch.write("a/b/letter.txt", try Self.fixture("seeds/002_7aea938ced5f1906.txt"))
        try FileManager.default.createSymbolicLink(atPath: scratch.path("a/b/up"), withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: scratch.path("a/self"), withDestinationPath: scratch.path("a"))
        try FileManager.default.createSymbolicLink(atPath: scratch.path("x"), withDestinationPath: "y")
        try FileManager.default.createSymbolicLink(atPath: scratch.path("y"), withDestinationPath: "x")
        try FileManager.default.createSymbolicLink(atPath: scratch.path("dangling.txt"), withDestinationPath: "nowhere.txt")
        let run = try CitegraphProcess.run(["documents", scratch.folder.path, "--format", "tsv", "--quiet"])
        #expect(run.status == 3, "stderr: \(run.stderr)")
        #expect(run.stderr.contains(scratch.path("dangling.txt") + ": cannot read the file"))
        let rows = run.stdout.split(separator: "\n")
        #expect(rows.filter { $0.hasPrefix("S/RES/2518 (2020)\t") }.count == 1, "stdout: \(run.stdout)")
        #expect(rows.filter { $0.hasPrefix(Self.goodSymbol + "\t") }.count == 1)
    }

    @Test func failedRunsLeaveNoPartialOutput() throws {
        let scratch = try Scratch()
        try FileManager.default.removeItem(atPath: scratch.path("good.xml"))
        try scratch.write("input/empty.txt", Data())
        try scratch.write("input/cut.xml", try Self.fixture("akn/S_RES_2596_2021_F.xml").prefix(5000))
        let nothing = try CitegraphProcess.run(["build", scratch.path("input"), "-o", scratch.path("graph.json"), "--quiet"])
        #expect(nothing.status == 1)
        #expect(nothing.stderr.contains("no document could be read from \(scratch.path("input"))"))
        let report = try CitegraphProcess.run(["report", scratch.path("input"), "-o", scratch.path("report"), "--quiet"])
        #expect(report.status == 1)
        #expect(try scratch.names() == ["input"])  // neither graph.json, nor a report folder, nor a temporary

        // Some input readable: complete output, status 3.
        try scratch.write("input/good.xml", try Self.fixture("akn/S_RES_2506_2020_E.xml"))
        let partial = try CitegraphProcess.run(["build", scratch.path("input"), "-o", scratch.path("graph.json"), "--quiet"])
        #expect(partial.status == 3)
        let graph = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: scratch.path("graph.json")))) as? [String: Any])
        #expect((graph["nodes"] as? [[String: Any]])?.contains { $0["id"] as? String == Self.goodSymbol } == true)

        // An output that cannot be written: named, and neither it nor a temporary is left.
        try scratch.write("blocker", Data("a file, not a folder".utf8))
        let blocked = try CitegraphProcess.run(["build", scratch.path("input"), "-o", scratch.path("blocker/graph.json"), "--quiet"])
        #expect(blocked.status == 1)
        #expect(blocked.stderr.contains(scratch.path("blocker/graph.json") + ": cannot write"))
        let directory = try CitegraphProcess.run(["build", scratch.path("input"), "-o", scratch.path("input"), "--quiet"])
        #expect(directory.status == 1)
        #expect(directory.stderr.contains(scratch.path("input") + ": cannot write"))
        #expect(try scratch.names() == ["blocker", "graph.json", "input"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path("input")).sorted() == ["cut.xml", "empty.txt", "good.xml"])
    }

    @Test func exitStatusesAreDocumentedAndUsageErrorsAre64() throws {
        let help = try CitegraphProcess.run(["--help"])
        #expect(help.status == 0)
        let text = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("Exit status: 0 when every input file was read"))
        #expect(text.contains("3 when the output was written but some input files could not be read"))
        let usage = try CitegraphProcess.run(["documents", CitegraphProcess.fixtures.path, "--no-such-option"])
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("--no-such-option"))
    }
}
