import Foundation
import Testing

/// S/RES/2506 (2020) on Cyprus, English and French Akoma Ntoso files as the UN publishes them: the
/// French text welcomes the Secretary-General's report S/2019/833, the English S/2019/883.
@Suite struct CrosscheckCommandTests {
    @Test func findsTheSymbolTypoBetweenEnglishAndFrench() throws {
        let akn = CitegraphProcess.fixtures.appendingPathComponent("akn")
        let run = try CitegraphProcess.run([
            "crosscheck", akn.appendingPathComponent("S_RES_2506_2020_E.xml").path,
            akn.appendingPathComponent("S_RES_2506_2020_F.xml").path, "--quiet",
        ])
        #expect(run.status == 0)
        let rows = run.stdout.split(separator: "\n").map(String.init)
        #expect(rows.first == "document\ttarget\tcited_in\tmissing_in")
        #expect(rows.contains("S/RES/2506 (2020)\tS/2019/833\tfr\ten"))
        #expect(rows.contains("S/RES/2506 (2020)\tS/2019/883\ten\tfr"))
    }
}
