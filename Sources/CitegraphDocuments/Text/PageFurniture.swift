/// Lines that belong to the page rather than the text: footers, job numbers, bar codes, link lines
/// left by PDF extraction, horizontal rules, and page headers holding only a document symbol.
public enum PageFurniture: String, Hashable, Sendable, Codable {
    /// `20-08599 3/18`, `2/6 20-04846`, `3/18`.
    case pageFooter
    /// `20-08599`, `20-08599 (E)`, `20-08599 (E) 300620 010720`.
    case jobNumber
    /// `*2008599*` (the bar code line, its asterisks already removed as emphasis).
    case barcode
    /// `https://undocs.org/en/S/RES/2518(2020)`: the PDF's link annotations, repeated as text.
    case link
    /// `S/2020/249`, `United Nations S/RES/2531 (2020)`: the symbol in a page header.
    case symbolHeader
    /// `---`.
    case rule

    /// Classifies a cleaned line, or nil when it is text.
    static func classify(_ line: String) -> PageFurniture? {
        guard line.utf8.count <= 160, let first = line.utf8.first else { return nil }
        // Cheap rejection of ordinary text by its first bytes.
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "="), UInt8(ascii: "*"), UInt8(ascii: "("):
            break
        case UInt8(ascii: "h"), UInt8(ascii: "w"):
            guard line.hasPrefix("http") || line.hasPrefix("www.") else { return nil }
        case UInt8(ascii: "S"), UInt8(ascii: "A"):
            guard line.utf8.dropFirst().first == UInt8(ascii: "/") else { return nil }
        case UInt8(ascii: "U"), UInt8(ascii: "N"):
            guard line.hasPrefix("United Nations") || line.hasPrefix("Nations Unies") || line.hasPrefix("Naciones Unidas") else { return nil }
        case 0x80...:
            guard line.hasPrefix("联合国") || line.hasPrefix("الأمم المتحدة") || line.hasPrefix("Организация") else { return nil }
        default:
            return nil
        }
        let tokens = line.split(separator: " ")
        guard !tokens.isEmpty else { return nil }
        if tokens.count == 1, line.count >= 3, line.allSatisfy({ "-_=*".contains($0) }) { return .rule }
        if tokens.count == 1, line.hasPrefix("http://") || line.hasPrefix("https://") || line.hasPrefix("www.") { return .link }
        if tokens.count == 1, line.count == 7, line.allSatisfy({ $0.isASCII && $0.isNumber }) { return .barcode }
        var sawJob = false
        var sawPage = false
        var allFurniture = true
        for token in tokens {
            if isJobNumber(token) { sawJob = true } else if isPageNumber(token) { sawPage = true } else if isLanguageMark(token) || isDateStamp(token) {
                continue
            } else {
                allFurniture = false
                break
            }
        }
        if allFurniture {
            if sawPage { return .pageFooter }
            if sawJob { return .jobNumber }
        }
        if headerSymbol(line) != nil { return .symbolHeader }
        return nil
    }

    /// The symbol of a header line (`United Nations S/RES/2531 (2020)` → `S/RES/2531 (2020)`), if it is one.
    static func headerSymbol(_ line: String) -> String? {
        var rest = Substring(line)
        for prefix in ["United Nations", "联合国", "الأمم المتحدة", "Nations Unies", "Naciones Unidas", "Организация Объединенных Наций"] where rest.hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count).drop { $0 == " " }
        }
        guard rest.hasPrefix("S/") || rest.hasPrefix("A/") else { return nil }
        let pieces = rest.split(separator: " ")
        guard pieces.count <= 2, let first = pieces.first, first.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "/.-".contains($0)) }) else { return nil }
        if pieces.count == 2 {
            let year = pieces[1]
            guard year.count == 6, year.first == "(", year.last == ")", year.dropFirst().dropLast().allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        }
        guard first.contains(where: { $0.isNumber }) else { return nil }
        return String(rest)
    }

    /// Whether a header line is a symbol alone, with no organisation's name before it.
    static func isBareSymbol(_ line: String) -> Bool {
        line.hasPrefix("S/") || line.hasPrefix("A/")
    }

    private static func isJobNumber(_ token: Substring) -> Bool {
        // NN-NNNNN
        let parts = token.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 2 && parts[0].count == 2 && parts[1].count == 5 && parts.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    private static func isPageNumber(_ token: Substring) -> Bool {
        let parts = token.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ (1...3).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return false }
        guard let page = Int(parts[0]), let pages = Int(parts[1]) else { return false }
        return page >= 1 && page <= pages
    }

    private static func isLanguageMark(_ token: Substring) -> Bool {
        token.count == 3 && token.first == "(" && token.last == ")" && token.dropFirst().first?.isUppercase == true
    }

    private static func isDateStamp(_ token: Substring) -> Bool {
        token.count == 6 && token.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
