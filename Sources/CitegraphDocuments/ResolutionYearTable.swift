/// Which year each Security Council resolution number belongs to, 1946 to date.
///
/// Resolutions are numbered serially since 1946, so a year is known from its first number. The table
/// says which year a number belongs to (`2436` → 2018), lets a bare `resolution 2391` be completed
/// with its year, and lets a written year be checked (`2574 (2024)` is a typo: 2574 is of 2021).
///
/// Where the evidence leaves a boundary open (a gap between the last number seen in one year and
/// the first seen in the next), the table keeps that range: a written year from either side of the
/// gap is accepted there, and `year(ofResolution:)` answers with the public record's boundary.
public struct ResolutionYearTable: Sendable {
    /// The first resolution number of one year, and the numbers between which the evidence puts it.
    public struct Boundary: Sendable, Hashable {
        /// The year.
        public var year: Int
        /// The first resolution number of that year.
        public var first: Int
        /// The numbers the first number of the year may be, given the evidence; `first...first` when pinned.
        public var evidence: ClosedRange<Int>

        /// Creates a boundary; `evidence` defaults to the single number `first`.
        public init(year: Int, first: Int, evidence: ClosedRange<Int>? = nil) {
            self.year = year
            self.first = first
            self.evidence = evidence ?? first...first
        }
    }

    /// The boundaries, one a year, in increasing year and number.
    public let boundaries: [Boundary]
    /// The highest resolution number whose year is known.
    public let lastKnownResolution: Int
    /// `years[n]` is the year of resolution `n` (0 for none), for constant-time look-ups.
    private let years: [UInt16]

    /// Creates a table from the first number of each year (consecutive years, increasing numbers)
    /// and the highest number known. Boundaries that are not increasing are dropped.
    public init(boundaries: [Boundary], lastKnownResolution: Int) {
        var kept: [Boundary] = []
        for boundary in boundaries.sorted(by: { $0.year < $1.year }) {
            if let last = kept.last, boundary.first <= last.first || boundary.year <= last.year { continue }
            kept.append(boundary)
        }
        self.boundaries = kept
        let last = max(0, lastKnownResolution)
        self.lastKnownResolution = last
        var years = [UInt16](repeating: 0, count: last + 1)
        for (index, boundary) in kept.enumerated() {
            let end = index + 1 < kept.count ? kept[index + 1].first - 1 : last
            guard boundary.first <= end, boundary.first >= 0 else { continue }
            for number in boundary.first...end { years[number] = UInt16(clamping: boundary.year) }
        }
        self.years = years
    }

    /// The year resolution `number` was adopted in, or nil when the number is beyond the table.
    public func year(ofResolution number: Int) -> Int? {
        guard number > 0, number < years.count else { return nil }
        let year = years[number]
        return year == 0 ? nil : Int(year)
    }

    /// The first resolution number of `year`, or nil when the year is outside the table.
    public func firstResolution(ofYear year: Int) -> Int? {
        boundaries.first { $0.year == year }?.first
    }

    /// The last resolution number of `year`, or nil when the year is outside the table.
    public func lastResolution(ofYear year: Int) -> Int? {
        guard let index = boundaries.firstIndex(where: { $0.year == year }) else { return nil }
        return index + 1 < boundaries.count ? boundaries[index + 1].first - 1 : lastKnownResolution
    }

    /// Whether `number (year)` agrees with the table: the table's year, or a year on either side of
    /// a boundary the evidence leaves open. False for numbers beyond the table.
    public func isConsistent(resolution number: Int, year: Int) -> Bool {
        guard let known = self.year(ofResolution: number) else { return false }
        if known == year { return true }
        for boundary in boundaries where boundary.evidence.count > 1 && boundary.evidence.contains(number) {
            if year == boundary.year || year == boundary.year - 1 { return true }
        }
        return false
    }

    /// The table of Security Council resolutions 1 (1946) to 2805 (2025).
    ///
    /// How each boundary was established:
    /// - 1946–1994: the first and last numbers of each year in the CR-UNSC texts (resolutions 1–902),
    ///   confirmed by a majority vote over every `N (YYYY)` written in the corpus (the few
    ///   contrary votes are typos or page debris, e.g. `75 (1950)` for 79).
    /// - 1995–1999: no documents in the corpus; the boundaries are the public record, and each lies
    ///   inside the range the corpus citations leave open (last number cited with the earlier year,
    ///   first number cited with the later year), kept as `evidence`: 1995 in 956…978
    ///   (955 (1994), 978 (1995)), 1996 in 1036…1044, 1997 in 1089…1096, 1998 in 1146…1147,
    ///   1999 in 1217…1222.
    /// - 2000–2022: the `<docNumber>` of the Akoma Ntoso files, checked by majority vote of the
    ///   `N (YYYY)` citations and `undocs.org/S/RES/N(YYYY)` links in the corpus; every boundary agrees.
    /// - 2023 (2672), 2024 (2722), 2025 (2768): the seeds and the public record; the last number
    ///   known to the table is 2805 (2025). Later numbers have no year.
    public static let standard = ResolutionYearTable(
        boundaries: [
            .init(year: 1946, first: 1), .init(year: 1947, first: 16), .init(year: 1948, first: 38),
            .init(year: 1949, first: 67), .init(year: 1950, first: 79), .init(year: 1951, first: 90),
            .init(year: 1952, first: 97), .init(year: 1953, first: 99), .init(year: 1954, first: 104),
            .init(year: 1955, first: 106), .init(year: 1956, first: 111), .init(year: 1957, first: 122),
            .init(year: 1958, first: 127), .init(year: 1959, first: 132), .init(year: 1960, first: 133),
            .init(year: 1961, first: 161), .init(year: 1962, first: 171), .init(year: 1963, first: 178),
            .init(year: 1964, first: 186), .init(year: 1965, first: 200), .init(year: 1966, first: 220),
            .init(year: 1967, first: 233), .init(year: 1968, first: 245), .init(year: 1969, first: 263),
            .init(year: 1970, first: 276), .init(year: 1971, first: 292), .init(year: 1972, first: 308),
            .init(year: 1973, first: 325), .init(year: 1974, first: 345), .init(year: 1975, first: 367),
            .init(year: 1976, first: 385), .init(year: 1977, first: 403), .init(year: 1978, first: 423),
            .init(year: 1979, first: 444), .init(year: 1980, first: 462), .init(year: 1981, first: 485),
            .init(year: 1982, first: 500), .init(year: 1983, first: 529), .init(year: 1984, first: 546),
            .init(year: 1985, first: 560), .init(year: 1986, first: 581), .init(year: 1987, first: 594),
            .init(year: 1988, first: 607), .init(year: 1989, first: 627), .init(year: 1990, first: 647),
            .init(year: 1991, first: 684), .init(year: 1992, first: 726), .init(year: 1993, first: 800),
            .init(year: 1994, first: 893),
            .init(year: 1995, first: 970, evidence: 956...978),
            .init(year: 1996, first: 1036, evidence: 1036...1044),
            .init(year: 1997, first: 1093, evidence: 1089...1096),
            .init(year: 1998, first: 1146, evidence: 1146...1147),
            .init(year: 1999, first: 1220, evidence: 1217...1222),
            .init(year: 2000, first: 1285), .init(year: 2001, first: 1335), .init(year: 2002, first: 1387),
            .init(year: 2003, first: 1455), .init(year: 2004, first: 1522), .init(year: 2005, first: 1581),
            .init(year: 2006, first: 1652), .init(year: 2007, first: 1739), .init(year: 2008, first: 1795),
            .init(year: 2009, first: 1860), .init(year: 2010, first: 1908), .init(year: 2011, first: 1967),
            .init(year: 2012, first: 2033), .init(year: 2013, first: 2086), .init(year: 2014, first: 2133),
            .init(year: 2015, first: 2196), .init(year: 2016, first: 2260), .init(year: 2017, first: 2337),
            .init(year: 2018, first: 2398), .init(year: 2019, first: 2452), .init(year: 2020, first: 2504),
            .init(year: 2021, first: 2561), .init(year: 2022, first: 2618), .init(year: 2023, first: 2672),
            .init(year: 2024, first: 2722), .init(year: 2025, first: 2768),
        ],
        lastKnownResolution: 2805)
}
