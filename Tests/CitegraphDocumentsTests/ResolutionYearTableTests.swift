import Foundation
import Testing

@testable import CitegraphDocuments

@Suite("Security Council resolution years")
struct ResolutionYearTableTests {
    let table = ResolutionYearTable.standard

    @Test("years of resolutions cited in the seeds and the corpus")
    func knownYears() {
        // Each pair is written as `N (YYYY)` in the seeds or is a <docNumber> in the corpus.
        let cited: [(Int, Int)] = [
            (1, 1946), (15, 1946), (16, 1947), (902, 1994), (1261, 1999), (1265, 1999), (1284, 1999),
            (1285, 2000), (1325, 2000), (1526, 2004), (2250, 2015), (2391, 2017), (2436, 2018),
            (2503, 2019), (2504, 2020), (2553, 2020), (2594, 2021), (2671, 2022),
        ]
        for (number, year) in cited {
            #expect(table.year(ofResolution: number) == year, "resolution \(number)")
            #expect(table.isConsistent(resolution: number, year: year))
        }
    }

    @Test("first and last numbers of a year")
    func boundaries() {
        #expect(table.firstResolution(ofYear: 2018) == 2398)
        #expect(table.lastResolution(ofYear: 2019) == 2503)
        #expect(table.firstResolution(ofYear: 2023) == 2672)
        #expect(table.lastResolution(ofYear: 2025) == 2805)
        #expect(table.firstResolution(ofYear: 1945) == nil)
    }

    @Test("numbers beyond the table, zero and negative numbers have no year")
    func outside() {
        #expect(table.year(ofResolution: 2806) == nil)
        #expect(table.year(ofResolution: 0) == nil)
        #expect(table.year(ofResolution: -3) == nil)
        #expect(!table.isConsistent(resolution: 9000, year: 2030))
    }

    @Test("a wrong year is inconsistent; an open boundary accepts both sides")
    func consistency() {
        // `2574 (2024)`: 2574 is of 2021.
        #expect(!table.isConsistent(resolution: 2574, year: 2024))
        #expect(!table.isConsistent(resolution: 2436, year: 2017))
        // 1218: the corpus cites 1216 (1998) and 1222 (1999), nothing between.
        #expect(table.isConsistent(resolution: 1218, year: 1998))
        #expect(table.isConsistent(resolution: 1218, year: 1999))
        #expect(!table.isConsistent(resolution: 1218, year: 1997))
    }

    @Test("agrees with the years the corpus writes for every resolution it cites")
    func corpusVotes() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/citations/resolution-years.tsv")
        let text = try String(contentsOf: url, encoding: .utf8)
        var rows = 0
        var disagreements: [String] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t").compactMap { Int($0) }
            guard fields.count == 4 else { continue }
            rows += 1
            let (number, year, votes) = (fields[0], fields[1], fields[2])
            if table.year(ofResolution: number) != year {
                disagreements.append("\(number) (\(year)) ×\(votes)")
                // Well-attested numbers must agree exactly.
                #expect(votes < 5, "\(number) (\(year)) is written \(votes) times")
            }
        }
        #expect(rows > 1900)
        // The rest are rare typos or debris in the corpus (`75 (1950)` for 79, `325 (2000)` split from 1325).
        #expect(disagreements.count * 200 <= rows, "\(disagreements)")
    }
}
