import Foundation
import Testing
@testable import CitegraphCommands

@Suite struct BundledCorpusTests {
    @Test func shipsTheUNDocumentsItDescribes() throws {
        let paths = BundledCorpus.paths
        #expect(paths.count == 2)
        let akn = try #require(paths.first { $0.hasSuffix("akn") })
        let files = try FileManager.default.contentsOfDirectory(atPath: akn).filter { $0.hasSuffix(".xml") }
        #expect(files.count == 357)
        #expect(files.contains { $0.hasPrefix("S_RES_1325_") })
        #expect(files.filter { $0.hasPrefix("S_PRST_") }.count == 44)
        let seeds = try #require(paths.first { $0.hasSuffix("seeds") })
        #expect(try FileManager.default.contentsOfDirectory(atPath: seeds).count == 5)
    }

    @Test func bundledFilesAreNamedByTheirPlaceInTheRepository() throws {
        let akn = try #require(BundledCorpus.paths.first { $0.hasSuffix("akn") })
        let file = akn + "/S_RES_1325_N0072018.xml"
        #expect(FileManager.default.fileExists(atPath: file))
        #expect(BundledCorpus.repositoryPath(of: file) == "Sources/CitegraphCommands/BundledCorpus/akn/S_RES_1325_N0072018.xml")
        // The named file is the one in the repository.
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        #expect(FileManager.default.fileExists(atPath: repository.appendingPathComponent(BundledCorpus.repositoryPath(of: file)).path))
        #expect(BundledCorpus.repositoryPath(of: "/elsewhere/S_RES_1325.xml") == "/elsewhere/S_RES_1325.xml")
    }
}
