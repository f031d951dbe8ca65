/// The canonical symbol of a UN document, the key of a node in the citation graph.
///
/// Canonical forms:
/// - Security Council resolution: `S/RES/2436 (2018)`
/// - presidential statement: `S/PRST/2014/5`
/// - General Assembly resolution: `A/RES/70/1`, `A/RES/2205 (XXI)`
/// - any other symbol: upper-cased as written, without spaces around slashes (`S/2020/476`, `S/AC.51/2020/3`).
///
/// Two symbols are equal when their canonical texts are: the kind is what a text said of the document
/// (`the report … (S/2020/476)`), not part of its identity.
public struct DocumentSymbol: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The canonical text of the symbol.
    public let canonical: String
    /// The kind of document the symbol names, as far as the symbol alone tells.
    public let kind: DocumentKind

    /// Creates a symbol from an already canonical text and kind. Prefer the factory methods.
    public init(canonical: String, kind: DocumentKind) {
        self.canonical = canonical
        self.kind = kind
    }

    public var description: String { canonical }

    /// `S/RES/<number> (<year>)`.
    public static func securityCouncilResolution(_ number: Int, year: Int) -> DocumentSymbol {
        DocumentSymbol(canonical: "S/RES/\(number) (\(year))", kind: .securityCouncilResolution)
    }

    /// `S/PRST/<year>/<number>`.
    public static func presidentialStatement(year: Int, number: Int) -> DocumentSymbol {
        DocumentSymbol(canonical: "S/PRST/\(year)/\(number)", kind: .presidentialStatement)
    }

    /// `A/RES/<session>/<number>` for the fifty-first session on, `A/RES/<number> (<roman session>)` before.
    public static func generalAssemblyResolution(session: Int, number: Int) -> DocumentSymbol {
        if (1...30).contains(session) {
            // Sessions 1–30 numbered resolutions serially with the session in Roman numerals.
            return DocumentSymbol(canonical: "A/RES/\(number) (\(RomanNumeral.format(session)))", kind: .generalAssemblyResolution)
        }
        return DocumentSymbol(canonical: "A/RES/\(session)/\(number)", kind: .generalAssemblyResolution)
    }

    /// `A/RES/<number> (<roman>)`, the form of General Assembly resolutions of sessions 1 to 30.
    public static func generalAssemblyResolution(number: Int, romanSession: String) -> DocumentSymbol {
        DocumentSymbol(canonical: "A/RES/\(number) (\(romanSession.uppercased()))", kind: .generalAssemblyResolution)
    }

    /// Any other symbol, upper-cased with white space removed (`s/2020/476` → `S/2020/476`).
    public static func other(_ text: String, kind: DocumentKind = .other) -> DocumentSymbol {
        DocumentSymbol(canonical: String(text.uppercased().filter { !$0.isWhitespace }), kind: kind)
    }

    /// The Security Council resolution number, for `S/RES/…` symbols.
    public var resolutionNumber: Int? {
        guard kind == .securityCouncilResolution else { return nil }
        if let fast = canonical.utf8.withContiguousStorageIfAvailable(Self.asciiResolutionNumber), let number = fast {
            return number
        }
        guard canonical.hasPrefix("S/RES/") else { return nil }
        return Int(canonical.dropFirst(6).prefix { $0.isNumber })
    }

    /// The year the symbol carries, where it carries one (`S/RES/2436 (2018)` → 2018, `S/2020/476` → 2020).
    public var year: Int? {
        // Symbols are compared (and so their years read) many times while a graph is sorted: an
        // ASCII symbol is read from its bytes, with the same result as the general reading below.
        if let fast = canonical.utf8.withContiguousStorageIfAvailable({ Self.asciiYear($0, kind: kind) }), let year = fast {
            return year
        }
        switch kind {
        case .securityCouncilResolution:
            guard let open = canonical.firstIndex(of: "(") else { return nil }
            return Int(canonical[canonical.index(after: open)...].prefix { $0.isNumber })
        default:
            for part in canonical.split(separator: "/") where part.count == 4 {
                if let value = Int(part), (1945...2100).contains(value) { return value }
            }
            return nil
        }
    }

    /// `resolutionNumber` of an all-ASCII canonical text (`.some`), or nil for other texts.
    private static func asciiResolutionNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Int?? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        let prefix = "S/RES/".utf8
        guard bytes.count >= prefix.count, zip(bytes, prefix).allSatisfy({ $0 == $1 }) else { return .some(nil) }
        return .some(digitsValue(bytes, from: prefix.count))
    }

    /// `year` of an all-ASCII canonical text (`.some`), or nil for other texts.
    private static func asciiYear(_ bytes: UnsafeBufferPointer<UInt8>, kind: DocumentKind) -> Int?? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        if kind == .securityCouncilResolution {
            guard let open = bytes.firstIndex(of: UInt8(ascii: "(")) else { return .some(nil) }
            return .some(digitsValue(bytes, from: open + 1))
        }
        // The first part between slashes made of exactly four digits from 1945 to 2100.
        var partStart = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "/") {
            if index - partStart == 4, let value = digitsValue(bytes, from: partStart), value >= 1945, value <= 2100,
                (partStart..<index).allSatisfy({ bytes[$0] &- UInt8(ascii: "0") < 10 })
            {
                return .some(value)
            }
            partStart = index + 1
        }
        return .some(nil)
    }

    /// The value of the run of ASCII digits starting at `start`; nil when there is none or it overflows.
    private static func digitsValue(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var value = 0
        var index = start
        while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 {
            let (times, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowAgain) = times.addingReportingOverflow(Int(bytes[index] &- UInt8(ascii: "0")))
            guard !overflow, !overflowAgain else { return nil }
            value = sum
            index += 1
        }
        return index > start ? value : nil
    }

    /// A short label for diagrams: `2518 (2020)` for a Council resolution, the full symbol otherwise.
    public var shortLabel: String {
        if kind == .securityCouncilResolution, canonical.hasPrefix("S/RES/") {
            return String(canonical.dropFirst(6))
        }
        return canonical
    }

    /// Parses a symbol as written in metadata or links: `S/RES/2518 (2020)`, `S/RES/2518(2020)`,
    /// `S/PRST/2018/10`, `A/RES/70/1`, `A/RES/2205(XXI)`, `S/2020/476`. Returns nil for empty text.
    public init?(parsing text: String) {
        let compact = String(text.uppercased().filter { !$0.isWhitespace })
        guard !compact.isEmpty, compact.contains("/") else { return nil }
        let parts = compact.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 3, parts[0] == "S", parts[1] == "RES" {
            let (number, inner) = Self.splitParenthesised(parts[2])
            if let number = Int(number), let inner, let year = Int(inner) {
                self = .securityCouncilResolution(number, year: year)
                return
            }
        }
        if parts.count == 4, parts[0] == "S", parts[1] == "PRST", let year = Int(parts[2]), let number = Int(parts[3]) {
            self = .presidentialStatement(year: year, number: number)
            return
        }
        if parts[0] == "A", parts.count >= 3, parts[1] == "RES" {
            if parts.count == 4, let session = Int(parts[2]), let number = Int(parts[3]), session >= 1 {
                self = .generalAssemblyResolution(session: session, number: number)
                return
            }
            if parts.count == 3 {
                let (number, inner) = Self.splitParenthesised(parts[2])
                if let number = Int(number), let inner, RomanNumeral.parse(inner) != nil {
                    self = .generalAssemblyResolution(number: number, romanSession: inner)
                    return
                }
            }
        }
        self = .other(compact)
    }

    private static func splitParenthesised(_ text: String) -> (String, String?) {
        guard let open = text.firstIndex(of: "("), text.hasSuffix(")") else { return (text, nil) }
        let inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
        return (String(text[..<open]), String(inner))
    }

    public static func == (lhs: DocumentSymbol, rhs: DocumentSymbol) -> Bool {
        lhs.canonical == rhs.canonical
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(canonical)
    }

    /// Council resolutions first, then statements, General Assembly resolutions, other symbols.
    private var series: Int {
        if canonical.hasPrefix("S/RES/") { return 0 }
        if canonical.hasPrefix("S/PRST/") { return 1 }
        if canonical.hasPrefix("A/RES/") { return 2 }
        return 3
    }

    /// Orders symbols by series (Council resolutions, statements, Assembly resolutions, others), then
    /// year, then resolution number, then text: deterministic, natural, and consistent with `==`.
    public static func < (lhs: DocumentSymbol, rhs: DocumentSymbol) -> Bool {
        if lhs.series != rhs.series { return lhs.series < rhs.series }
        let (ly, ry) = (lhs.year ?? 0, rhs.year ?? 0)
        if ly != ry { return ly < ry }
        let (ln, rn) = (lhs.resolutionNumber ?? 0, rhs.resolutionNumber ?? 0)
        if ln != rn { return ln < rn }
        return lhs.canonical < rhs.canonical
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let symbol = DocumentSymbol(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a UN symbol: \(text)"))
        }
        self = symbol
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(canonical)
    }
}
