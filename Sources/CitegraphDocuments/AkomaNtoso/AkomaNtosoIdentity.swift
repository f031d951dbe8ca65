/// The identity of an Akoma Ntoso document read from its metadata and cover page.
///
/// Sources, in order of preference:
/// - symbol: `<docNumber>`; else the work's `FRBRuri` (`…/unsc/2021-09-17/2596-2021/` → `S/RES/2596 (2021)`,
///   `…/2020-12-04/2020-11/` → `S/PRST/2020/11`); else the cover's `Resolution 2511 (2020)` title;
/// - kind: the symbol's kind; else `<statement name="…">`;
/// - date: the work's `FRBRdate name="adoption"`; else the first `<docDate date="…">`;
/// - meeting: `<inline name="adoptionMeeting" title="8862nd">`, its text, or for older statements the
///   "At the 5473rd meeting" sentence;
/// - title: for presidential statements the item "entitled “…”" in the opening paragraph; else the
///   agenda keyword of the classification (`AkomaNtosoAgenda`), read by the reader;
/// - language: `FRBRlanguage` (never the folder: a Spanish file sits in a Russian folder).
struct AkomaNtosoIdentity {
    var symbol: DocumentSymbol?
    var kind: DocumentKind
    var date: String?
    var meeting: Int?
    var title: String?
    var language: Language?
    var fallbacks: [String] = []

    init(statement: MarkupElement) {
        let meta = statement.child("meta")
        let identification = meta?.child("identification")
        let work = identification?.child("FRBRWork")
        let expression = identification?.child("FRBRExpression")
        let workURI = work?.child("FRBRuri")?.attribute("value") ?? ""
        let statementName = statement.attribute("name") ?? ""

        let cover = statement.child("coverPage") ?? statement.child("preface")
        let docNumber = cover?.firstDescendant("docNumber").map { SpaceNormalizer.normalize($0.textContent) } ?? ""

        if let parsed = DocumentSymbol(parsing: docNumber) {
            symbol = parsed
        } else if let fromURI = Self.symbol(fromWorkURI: workURI, statementName: statementName) {
            symbol = fromURI
            fallbacks.append("empty <docNumber>: symbol \(fromURI) taken from FRBRuri \(workURI)")
        } else if let cover, let fromTitle = Self.symbol(fromCover: cover) {
            symbol = fromTitle
            fallbacks.append("empty <docNumber> and FRBRuri: symbol \(fromTitle) taken from the cover title")
        } else {
            fallbacks.append("no symbol in <docNumber>, FRBRuri or the cover")
        }

        switch symbol?.kind {
        case .securityCouncilResolution?: kind = .securityCouncilResolution
        case .presidentialStatement?: kind = .presidentialStatement
        default: kind = statementName == "presidentialStatement" ? .presidentialStatement : (statementName == "resolution" ? .securityCouncilResolution : .other)
        }

        let adoption = work?.elements.first { $0.name == "FRBRdate" && $0.attribute("name") == "adoption" }?.attribute("date")
        let docDate = statement.firstDescendant("docDate")?.attribute("date")
        date = [adoption, docDate].compactMap { $0 }.first { Self.isISODate($0) }

        if let code = expression?.child("FRBRlanguage")?.attribute("language") {
            language = Language(identifier: code)
        }

        if let inline = cover?.descendants("inline").first(where: { $0.attribute("name") == "adoptionMeeting" }) {
            meeting = Self.leadingNumber(inline.attribute("title") ?? "") ?? Self.leadingNumber(SpaceNormalizer.normalize(inline.textContent))
        }
        if meeting == nil, let cover {
            // The Arabic files leave the number outside the inline: `<inline name="adoptionMeeting">الذي اتخذه
            // مجلس الأمن في</inline> جلسته 8701 المعقودة في …`. Resolutions adopted by written procedure
            // (2020–2021) name no meeting at all.
            for title in cover.descendants("docTitle") where title.attribute("refersTo") == "#adoption" {
                if let number = DocumentTextPatterns.meeting(in: SpaceNormalizer.normalize(title.textContent)) {
                    meeting = number
                    break
                }
            }
        }
    }

    /// Checks the symbol against the element: a `<statement name="presidentialStatement">` whose
    /// `<docNumber>` and FRBRuri name a resolution (the UN's S_PRST_2007_22 file says `S/RES/1626 (2005)`)
    /// takes its symbol from the file name when that names a statement, or has none.
    mutating func reconcile(statementName: String, file: String) {
        guard statementName == "presidentialStatement", let read = symbol, read.kind != .presidentialStatement else { return }
        kind = .presidentialStatement
        if let fromName = Self.statementSymbol(fromFileName: file) {
            symbol = fromName
            fallbacks.append("<docNumber> names \(read.canonical) in a presidential statement: symbol \(fromName.canonical) taken from the file name")
        } else {
            symbol = nil
            fallbacks.append("<docNumber> names \(read.canonical) in a presidential statement and the file name names no statement: no symbol")
        }
    }

    /// Corrects a resolution symbol whose year contradicts the year table when the adoption date
    /// agrees with the table (the Spanish S/RES/2510 (2020), adopted on 12 February 2020, has
    /// `<docNumber>S/RES/2510 (2019)</docNumber>`).
    mutating func correctResolutionYear(table: ResolutionYearTable = .standard) {
        guard let read = symbol, read.kind == .securityCouncilResolution, let number = read.resolutionNumber, let year = read.year,
            !table.isConsistent(resolution: number, year: year), let known = table.year(ofResolution: number),
            let adopted = date.flatMap({ Int($0.prefix(4)) }), adopted == known
        else { return }
        symbol = .securityCouncilResolution(number, year: known)
        fallbacks.append("<docNumber> \(read.canonical) contradicts the year table and the adoption date \(date ?? ""): symbol \(symbol?.canonical ?? "")")
    }

    /// A statement with no symbol in `<docNumber>` or FRBRuri (`S_PRST_2000_27_Corr.1-0060049E.xml`, whose
    /// FRBRuri ends `…/2000-08-09//`) takes it from the file name: `S/PRST/2000/27/Corr.1`.
    mutating func symbolFromFileName(statementName: String, file: String) {
        guard symbol == nil, statementName == "presidentialStatement", let statement = Self.statementSymbol(fromFileName: file) else { return }
        let name = file.split(separator: "/").last.map(String.init) ?? file
        if let corrigendum = name.range(of: "_Corr.") {
            let number = name[corrigendum.upperBound...].prefix { $0.isASCII && $0.isNumber }
            symbol = DocumentSymbol(parsing: statement.canonical + "/Corr." + number) ?? statement
        } else {
            symbol = statement
        }
        fallbacks.removeAll { $0.hasPrefix("no symbol in <docNumber>, FRBRuri or the cover") }
        fallbacks.append("no symbol in <docNumber> or FRBRuri: \(symbol?.canonical ?? "") taken from the file name")
    }

    /// `S_PRST_2007_22-0739405E.xml` → `S/PRST/2007/22`.
    static func statementSymbol(fromFileName file: String) -> DocumentSymbol? {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        guard name.hasPrefix("S_PRST_") else { return nil }
        let parts = name.dropFirst(7).split(separator: "_", maxSplits: 1)
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        let digits = parts[1].prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let number = Int(digits), (1945...2100).contains(year) else { return nil }
        return .presidentialStatement(year: year, number: number)
    }

    /// Completes meeting and title from the opening paragraphs of a presidential statement.
    mutating func complete(from paragraphs: [Paragraph]) {
        guard kind == .presidentialStatement else { return }
        for paragraph in paragraphs.prefix(3) {
            let text = paragraph.text
            // "At the 5473rd meeting", else the other languages' forms ("À la 4174e séance").
            if meeting == nil, let meetingNumber = Self.statementMeeting(text) ?? DocumentTextPatterns.meeting(in: text) { meeting = meetingNumber }
            if title == nil, let item = Self.itemEntitled(text) { title = item }
        }
    }

    // MARK: Fallbacks

    static func symbol(fromWorkURI uri: String, statementName: String) -> DocumentSymbol? {
        // …/<yyyy-mm-dd>/<number>-<year>/ for resolutions, …/<yyyy-mm-dd>/<year>-<number>/ for statements.
        guard let last = uri.split(separator: "/").last else { return nil }
        let pieces = last.split(separator: "-", omittingEmptySubsequences: false)
        guard pieces.count == 2, let first = Int(pieces[0]), let second = Int(pieces[1]) else { return nil }
        let years = 1945...2100
        if pieces[0].count == 4, years.contains(first), pieces[1].count <= 3 {
            return .presidentialStatement(year: first, number: second)
        }
        if pieces[1].count == 4, years.contains(second) {
            return .securityCouncilResolution(first, year: second)
        }
        return nil
    }

    static func symbol(fromCover cover: MarkupElement) -> DocumentSymbol? {
        for title in cover.descendants("docTitle") where title.attribute("refersTo") == "#resolutionNumber" {
            // "Resolution 2511 (2020)", "第2511(2020)号决议", "القرار 2511 (2020)"
            let digits = SpaceNormalizer.normalize(title.textContent)
            var numbers: [Int] = []
            var current = ""
            for character in digits + " " {
                if character.isASCII, character.isNumber { current.append(character) } else if !current.isEmpty {
                    if let value = Int(current) { numbers.append(value) }
                    current = ""
                }
            }
            if numbers.count >= 2, (1945...2100).contains(numbers[1]) {
                return .securityCouncilResolution(numbers[0], year: numbers[1])
            }
        }
        return nil
    }

    // MARK: Text patterns

    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), year > 1900, let month = Int(parts[1]),
            (1...12).contains(month), let day = Int(parts[2]), (1...31).contains(day)
        else { return false }
        return true
    }

    static func leadingNumber(_ text: String) -> Int? {
        let digits = text.drop { !$0.isASCII || !$0.isNumber }.prefix { $0.isASCII && $0.isNumber }
        return digits.isEmpty ? nil : Int(digits)
    }

    /// "At the 5473rd meeting of the Security Council" / "At its 4450th meeting" / "At the 5066th (resumed)
    /// meeting" → 5473.
    static func statementMeeting(_ text: String) -> Int? {
        for lead in ["At the ", "At its ", "at the ", "at its "] {
            var searchRange = text.startIndex..<text.endIndex
            while let found = text.range(of: lead, range: searchRange) {
                let after = text[found.upperBound...]
                let digits = after.prefix { $0.isASCII && $0.isNumber }
                let suffix = after.dropFirst(digits.count)
                if !digits.isEmpty, let ordinal = ["st meeting", "nd meeting", "rd meeting", "th meeting", "st (resumed) meeting", "nd (resumed) meeting", "rd (resumed) meeting", "th (resumed) meeting"].first(where: { suffix.hasPrefix($0) }), !ordinal.isEmpty {
                    return Int(digits)
                }
                searchRange = found.upperBound..<text.endIndex
            }
        }
        return nil
    }

    /// "… consideration of the item entitled “Admission of new Members”, …" → "Admission of new Members".
    /// The French statements write "la question intitulée « Rôle du Conseil … »".
    static func itemEntitled(_ text: String) -> String? {
        for lead in ["entitled ", "intitulée ", "intitulé ", "titulado ", "titulada ", "под названием "] {
            guard let entitled = text.range(of: lead) else { continue }
            let rest = text[entitled.upperBound...]
            guard let open = rest.first, "“\"«„".contains(open) else { continue }
            let body = rest.dropFirst()
            guard let close = body.firstIndex(where: { "”\"»“".contains($0) }) else { continue }
            let item = SpaceNormalizer.normalize(body[..<close])
            if !item.isEmpty { return item.trimmingTrailing([",", " "]) }
        }
        return nil
    }
}

extension String {
    /// The string without trailing occurrences of the given characters.
    func trimmingTrailing(_ characters: Set<Character>) -> String {
        var result = self
        while let last = result.last, characters.contains(last) { result.removeLast() }
        return result
    }
}
