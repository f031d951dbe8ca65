import Foundation
import Testing
@testable import CitegraphDocuments

@Suite struct BadInputTests {
    @Test func emptyFileIsAnErrorNamingTheFile() {
        #expect(throws: DocumentReadError(file: "empty.txt", problem: .empty)) {
            try DocumentReader.read(data: Data(), file: "empty.txt")
        }
        #expect(throws: DocumentReadError(file: "blank.md", problem: .empty)) {
            try DocumentReader.read(data: Data(" \n\t\n".utf8), file: "blank.md")
        }
    }

    @Test func binaryFileIsAnError() throws {
        // A PNG header followed by bytes that are neither text nor UTF-8.
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
        bytes += (0..<500).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 128) }
        let error = try #require(throws: DocumentReadError.self) {
            try DocumentReader.read(data: Data(bytes), file: "scan.txt")
        }
        #expect(error.problem == .binary)
        #expect(error.description.hasPrefix("scan.txt:"))
    }

    @Test func invalidUTF8InTextIsReplacedAndReported() throws {
        var data = try Fixtures.data("seeds/002_7aea938ced5f1906.txt")
        data.insert(contentsOf: [0xFF, 0xFE, 0xC3], at: 200)  // invalid sequences inside the letter
        let result = try DocumentReader.readFile(data: data, file: "damaged.txt")
        #expect(result.warnings.contains { $0.kind == .invalidUTF8 && $0.file == "damaged.txt" })
        #expect(result.documents.map(\.symbol?.canonical).contains("S/RES/2518 (2020)"))
    }

    @Test func truncatedXMLIsAnErrorNamingTheFile() throws {
        let data = try Fixtures.data("akn/S_RES_2596_2021_F.xml")
        let truncated = data.prefix(data.count / 2)
        let error = try #require(throws: DocumentReadError.self) {
            try DocumentReader.read(data: Data(truncated), file: "cut.xml")
        }
        #expect(error.file == "cut.xml")
        guard case .malformedXML(let detail) = error.problem else {
            Issue.record("expected malformed XML, got \(error.problem)")
            return
        }
        #expect(detail.contains("ends"))
    }

    @Test func xmlThatIsNotAkomaNtosoIsAnError() {
        #expect(throws: DocumentReadError(file: "feed.xml", problem: .notAkomaNtoso(root: "rss"))) {
            try DocumentReader.read(data: Data("<rss><channel/></rss>".utf8), file: "feed.xml")
        }
    }

    @Test func tooLargeFileIsAnError() throws {
        let data = try Fixtures.data("seeds/003_6bb09af84bcb3a26.txt")
        #expect(throws: DocumentReadError(file: "big.txt", problem: .tooLarge(bytes: data.count, limit: 1000))) {
            try DocumentReader.read(data: data, file: "big.txt", limits: DocumentReadLimits(maximumFileSize: 1000))
        }
    }

    @Test func missingFileIsUnreadable() {
        let error = #expect(throws: DocumentReadError.self) {
            try DocumentReader.read(contentsOf: URL(fileURLWithPath: "/nonexistent/citegraph/file.xml"))
        }
        #expect(error?.file == "/nonexistent/citegraph/file.xml")
    }

    @Test func corpusReaderContinuesPastBadFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Fixtures.data("akn/S_RES_2596_2021_F.xml").write(to: folder.appendingPathComponent("a-good.xml"))
        try Data([0x00, 0x01, 0x02, 0xFF, 0x00, 0x00, 0x10, 0x11]).write(to: folder.appendingPathComponent("b-binary.txt"))
        try Data("<akomaNtoso><statement>".utf8).write(to: folder.appendingPathComponent("sub/c-truncated.xml"))
        try Fixtures.data("seeds/003_6bb09af84bcb3a26.txt").write(to: folder.appendingPathComponent("sub/d-seed.txt"))
        try Data("ignored".utf8).write(to: folder.appendingPathComponent(".hidden.txt"))
        try Data("ignored".utf8).write(to: folder.appendingPathComponent("picture.png"))
        // A symbolic link back to the folder must not loop.
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("sub/loop"), withDestinationURL: folder)

        let result = CorpusReader(paths: [folder.path]).read()
        #expect(result.filesRead == 4)
        #expect(result.documents.map(\.symbol?.canonical) == ["S/RES/2596 (2021)", "S/RES/2594 (2021)"])
        #expect(result.failures.map { ($0.file as NSString).lastPathComponent } == ["b-binary.txt", "c-truncated.xml"])
        #expect(result.failures.first?.problem == .binary)
        // The editors' links come along, keyed by the file they were read from.
        let linked = try #require(result.hyperlinks[folder.appendingPathComponent("a-good.xml").path])
        #expect(linked.count == 6)
        #expect(result.hyperlinks.count == 1)
    }
}
