import CitegraphDocuments

/// One citation written in a text, as the scanner finds it: the target and where it is written.
struct Mention {
    enum Kind { case securityCouncil, generalAssembly, document }

    var target: DocumentSymbol
    var kind: Kind
    /// Where the quote starts (at `resolution` when that word is written right before the number).
    var quoteStart: Int
    /// Where the number or symbol itself starts.
    var numberStart: Int
    /// Where the quote ends.
    var end: Int
    /// True when the quote starts with a word naming a resolution (`resolution 2391`).
    var hasKeyword: Bool
    var suspectReason: String?
    /// For a document symbol, where the noun naming the document (`report`, `letter`) starts.
    var documentNounStart: Int? = nil
}

/// The single linear pass over a text's UTF-8 bytes that finds citations.
///
/// Anchors are digits and upper-case letters followed by `/`; everything else is skipped byte by
/// byte. Around an anchor the scanner reads a bounded window (a few words back, a year in brackets
/// forward). No regular expressions, no string searching: comparisons are on bytes.
struct MentionScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let lexicon: CompiledLexicon
    let table: ResolutionYearTable
    private(set) var mentions: [Mention] = []

    init(bytes: UnsafeBufferPointer<UInt8>, lexicon: CompiledLexicon, table: ResolutionYearTable) {
        self.bytes = bytes
        self.lexicon = lexicon
        self.table = table
    }

    /// Bytes that may start an anchor: digits, the symbol prefixes and `(` (Arabic reversed form).
    private static let anchorBytes: [Bool] = {
        var result = [Bool](repeating: false, count: 256)
        for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { result[Int(byte)] = true }
        for byte in [UInt8(ascii: "S"), UInt8(ascii: "A"), UInt8(ascii: "E"), UInt8(ascii: "(")] { result[Int(byte)] = true }
        return result
    }()

    mutating func scan() {
        let count = bytes.count
        var index = 0
        let anchors = Self.anchorBytes
        while index < count {
            let byte = bytes[index]
            guard anchors[Int(byte)] else {
                index += 1
                continue
            }
            if Scalars.isDigit(byte) {
                index = numberAnchor(index)
            } else if byte == UInt8(ascii: "(") {
                index = lexicon.lexicon.language == .arabic ? reversedAnchor(index) : index + 1
            } else {
                index = symbolAnchor(index)
            }
        }
    }

    // MARK: - Numbers

    /// `2436 (2018)`, `resolution 2391`, `70/1`, `2205 (XXI)`, and list items after them.
    private mutating func numberAnchor(_ start: Int) -> Int {
        let count = bytes.count
        var end = start
        while end < count, Scalars.isDigit(bytes[end]) { end += 1 }
        guard isNumberStart(start) else { return skipToken(end) }
        let digits = end - start
        guard digits <= 4 else { return end }
        var number = 0
        for index in start..<end { number = number * 10 + Int(bytes[index] - 0x30) }
        // Thousands and decimals: 13,289 or 2.5.
        if end + 1 < count, bytes[end] == UInt8(ascii: ",") || bytes[end] == UInt8(ascii: "."),
            Scalars.isDigit(bytes[end + 1]), bytes[end] == UInt8(ascii: ".") || digits <= 3
        {
            return skipToken(end)
        }
        let keyword = keywordBefore(start)
        // Session/number: General Assembly resolution 70/1 (Arabic also writes `46 / 182`).
        if let slash = slashAfter(end) {
            var numberEnd = slash
            var second = 0
            while numberEnd < count, Scalars.isDigit(bytes[numberEnd]), numberEnd - slash < 5 {
                second = second * 10 + Int(bytes[numberEnd] - 0x30)
                numberEnd += 1
            }
            let followedBySlash = numberEnd < count && bytes[numberEnd] == UInt8(ascii: "/")
            let statement = keyword == nil && bodyRightBefore(start) == "S/PRST"
            if statement, second >= 1, !followedBySlash, (1946...2099).contains(number) {
                // `Recalling Presidential Statement 2015/25` (S/RES/2388 (2017)), `PRST 2006/39`.
                append(
                    Mention(
                        target: .presidentialStatement(year: number, number: second), kind: .document, quoteStart: start,
                        numberStart: start, end: numberEnd, hasKeyword: false))
                return numberEnd
            }
            let body = keyword.map { bodyPrefix(before: $0, orAfter: numberEnd) }.map { $0 == "S/PRST" ? "A/RES" : $0 }
                ?? (statement ? nil : bodyRightBefore(start))
                ?? (continuesList(of: .generalAssembly, at: start) ? mentions.last.map { bodyPrefix(of: $0.target) } : nil)
            if let body, second >= 1, !followedBySlash,
                body == "E/RES" ? (1946...2099).contains(number) : body == "A/RES" ? (31...99).contains(number) : (1...99).contains(number)
            {
                var quoteEnd = numberEnd
                if let suffix = suffixAfter(numberEnd) { quoteEnd = suffix }
                let target = body == "A/RES"
                    ? DocumentSymbol.generalAssemblyResolution(session: number, number: second)
                    : DocumentSymbol(canonical: "\(body)/\(number)/\(second)", kind: .other)
                append(
                    Mention(
                        target: target, kind: .generalAssembly, quoteStart: keyword ?? start, numberStart: start,
                        end: quoteEnd, hasKeyword: keyword != nil))
                return numberEnd
            }
            return skipToken(end)
        }
        if let (year, yearEnd) = bracketedYear(after: end) {
            guard number >= 1, !isNonResolution(before: keyword ?? start) else { return yearEnd }
            var quoteEnd = yearEnd
            if let suffix = suffixAfter(yearEnd) { quoteEnd = suffix }
            var mention = Mention(
                target: .securityCouncilResolution(number, year: year), kind: .securityCouncil,
                quoteStart: keyword ?? start, numberStart: start, end: quoteEnd, hasKeyword: keyword != nil)
            if !table.isConsistent(resolution: number, year: year) {
                if let known = table.year(ofResolution: number) {
                    mention.suspectReason = "the year table puts resolution \(number) in \(known), not \(year)"
                } else {
                    mention.suspectReason = "number beyond the year table (last known: \(table.lastKnownResolution))"
                }
            }
            append(mention)
            return yearEnd
        }
        if let (roman, romanEnd) = bracketedRoman(after: end),
            keyword != nil || continuesList(of: .generalAssembly, at: start)
        {
            append(
                Mention(
                    target: .generalAssemblyResolution(number: number, romanSession: roman), kind: .generalAssembly,
                    quoteStart: keyword ?? start, numberStart: start, end: romanEnd, hasKeyword: keyword != nil))
            return romanEnd
        }
        // A bare number: a resolution only right after `resolution` or inside a list of them.
        guard number >= 1, end >= count || !Scalars.isLetter(Scalars.decode(bytes, end).scalar) || suffixAfter(end) != nil
        else { return end }
        let inList = keyword == nil && continuesList(of: .securityCouncil, at: start, needsSeparator: true)
            && endsListItem(end)
        guard keyword != nil || inList, !startsSymbol(after: end) else { return end }
        if !lexicon.lexicon.resolutionSuffixes.isEmpty, !listEndsWithSuffix(from: end) {
            // Chinese `第8852次会议`, `第9、14和16段`: `第` alone does not make a resolution.
            return end
        }
        var quoteEnd = end
        if let suffix = suffixAfter(end) { quoteEnd = suffix }
        var mention = Mention(
            target: .securityCouncilResolution(number, year: 0), kind: .securityCouncil,
            quoteStart: keyword ?? start, numberStart: start, end: quoteEnd, hasKeyword: keyword != nil)
        if let year = table.year(ofResolution: number) {
            mention.target = .securityCouncilResolution(number, year: year)
        } else {
            mention.target = DocumentSymbol(canonical: "S/RES/\(number)", kind: .securityCouncilResolution)
            mention.suspectReason = "number beyond the year table (last known: \(table.lastKnownResolution))"
        }
        append(mention)
        return end
    }

    /// The start of the second number of `70/1` or `46 / 182` after `end`, or nil.
    private func slashAfter(_ end: Int) -> Int? {
        var index = end
        if index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "/") else { return nil }
        index += 1
        if index < bytes.count, bytes[index] == UInt8(ascii: " "), index > end + 1 { index += 1 }
        guard index < bytes.count, Scalars.isDigit(bytes[index]) else { return nil }
        return index
    }

    /// The prefix of a body named right before a number (`قرار الجمعية العامة 46/182`).
    private func bodyRightBefore(_ start: Int) -> String? {
        // 100 bytes: `الجمعية العامة للأمم المتحدة` is 53, `генеральной ассамблеи и совета безопасности` 81.
        lexicon.resolutionBodies.match(bytes, endingAt: trimBack(start), window: 100).map(\.value)
    }

    /// Whether the list the number ending at `end` belongs to closes with a resolution suffix
    /// (`第2250、2419和2535号决议`): numbers, years in brackets and list words, then `号决议`.
    private func listEndsWithSuffix(from end: Int) -> Bool {
        var index = end
        let limit = min(bytes.count, end + 160)
        while index < limit {
            if let suffix = lexicon.resolutionSuffixes.match(bytes, at: index, limit: limit) { return suffix.end > index }
            let (scalar, length) = Scalars.decode(bytes, index)
            if Scalars.isSpace(scalar) || (0x30...0x39).contains(scalar) {
                index += length
            } else if let (_, yearEnd) = bracketedYear(after: index) {
                index = yearEnd
            } else if let word = lexicon.listWords.match(bytes, at: index, limit: limit) {
                index = word.end
            } else {
                return false
            }
        }
        return false
    }

    /// Arabic texts extracted from PDFs sometimes read right to left: `(2020) 2518`.
    private mutating func reversedAnchor(_ start: Int) -> Int {
        guard let (year, yearEnd) = bracketedYear(after: start) else { return start + 1 }
        var index = yearEnd
        var spaces = 0
        while index < bytes.count, bytes[index] == UInt8(ascii: " "), spaces < 3 {
            index += 1
            spaces += 1
        }
        guard spaces > 0, index < bytes.count, Scalars.isDigit(bytes[index]) else { return yearEnd }
        var end = index
        var number = 0
        while end < bytes.count, Scalars.isDigit(bytes[end]), end - index < 5 {
            number = number * 10 + Int(bytes[end] - 0x30)
            end += 1
        }
        guard end - index <= 4, number >= 1, end >= bytes.count || !Scalars.isDigit(bytes[end]),
            bracketedYear(after: end) == nil, table.isConsistent(resolution: number, year: year)
        else { return yearEnd }
        append(
            Mention(
                target: .securityCouncilResolution(number, year: year), kind: .securityCouncil, quoteStart: start,
                numberStart: index, end: end, hasKeyword: false))
        return end
    }

    private func isNumberStart(_ start: Int) -> Bool {
        guard start > 0 else { return true }
        let previousStart = Scalars.previousStart(bytes, before: start)
        let previous = Scalars.decode(bytes, previousStart).scalar
        switch previous {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return false
        case 0x2F, 0x2D, 0x2E, 0x2C, 0x3A, 0x2B, 0x5F, 0x3D, 0x26, 0x25, 0x24, 0x23:
            // `S/2020/476`, `10-1-2`, `1.5`, `1,000`, `A:1`. A comma or full stop after a closing
            // bracket or a letter still starts a number (`(2013),2122 (2013)`).
            if previous == 0x2C || previous == 0x2E, previousStart > 0 {
                let before = bytes[previousStart - 1]
                return !Scalars.isDigit(before)
            }
            return false
        default: return true
        }
    }

    /// The end of a run of digits, letters and joining punctuation, so that `1267/1989/2253` or
    /// `13,289` is skipped whole.
    private func skipToken(_ from: Int) -> Int {
        var index = from
        while index < bytes.count {
            let byte = bytes[index]
            if Scalars.isDigit(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ",") && index + 1 < bytes.count
                && Scalars.isDigit(bytes[index + 1]) || byte == UInt8(ascii: ".") && index + 1 < bytes.count
                && Scalars.isDigit(bytes[index + 1])
            {
                index += 1
            } else {
                break
            }
        }
        return max(index, from)
    }

    /// `(2018)`: white space, an optional Markdown escape, brackets of either width, four digits
    /// from 1940 to 2199 (typos such as `2312 (2106)` are kept, to be flagged). Returns the year
    /// and the end after `)`.
    private func bracketedYear(after from: Int) -> (Int, Int)? {
        var index = skipSpaces(from, limit: 3)
        guard let open = openBracket(at: index) else { return nil }
        index = skipSpaces(open, limit: 2)
        guard index + 4 <= bytes.count else { return nil }
        var year = 0
        for offset in 0..<4 {
            let byte = bytes[index + offset]
            guard Scalars.isDigit(byte) else { return nil }
            year = year * 10 + Int(byte - 0x30)
        }
        index += 4
        guard index >= bytes.count || !Scalars.isDigit(bytes[index]), (1940...2199).contains(year) else { return nil }
        index = skipSpaces(index, limit: 2)
        if let close = closeBracket(at: index) { return (year, close) }
        // A stray comma or full stop before the bracket: `resolution 1862 (2009,)` (S/RES/1916 (2010)).
        guard index < bytes.count, bytes[index] == UInt8(ascii: ",") || bytes[index] == UInt8(ascii: ".") else { return nil }
        if let close = closeBracket(at: index + 1) { return (year, close) }
        // The bracket left out: `la résolution 2391 (2017, et encourage` (French S/RES/2584 (2021) OP38).
        // The comma stays in the text; a second year after it (`(2017, 2018)`) is no such slip.
        let next = skipSpaces(index + 1, limit: 2)
        guard bytes[index] == UInt8(ascii: ","), next > index + 1, next < bytes.count, !Scalars.isDigit(bytes[next]) else { return nil }
        return (year, index)
    }

    /// `(XXI)`: an upper-case Roman numeral in brackets, a General Assembly session of 1 to 30.
    private func bracketedRoman(after from: Int) -> (String, Int)? {
        let index = skipSpaces(from, limit: 2)
        guard let open = openBracket(at: index) else { return nil }
        var end = open
        while end < bytes.count, end - open < 8,
            [UInt8(ascii: "I"), UInt8(ascii: "V"), UInt8(ascii: "X"), UInt8(ascii: "L")].contains(bytes[end])
        {
            end += 1
        }
        guard end > open, let close = closeBracket(at: end) else { return nil }
        let roman = String(decoding: UnsafeBufferPointer(rebasing: bytes[open..<end]), as: UTF8.self)
        guard let session = RomanNumeral.parse(roman), session <= 30 else { return nil }
        return (roman, close)
    }

    private func openBracket(at index: Int) -> Int? {
        var index = index
        if index < bytes.count, bytes[index] == UInt8(ascii: "\\") { index += 1 }
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: "(") { return index + 1 }
        if index + 2 < bytes.count, bytes[index] == 0xEF, bytes[index + 1] == 0xBC, bytes[index + 2] == 0x88 { return index + 3 }
        return nil
    }

    private func closeBracket(at index: Int) -> Int? {
        var index = index
        if index < bytes.count, bytes[index] == UInt8(ascii: "\\") { index += 1 }
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: ")") { return index + 1 }
        if index + 2 < bytes.count, bytes[index] == 0xEF, bytes[index + 1] == 0xBC, bytes[index + 2] == 0x89 { return index + 3 }
        return nil
    }

    /// Skips up to `limit` white-space scalars.
    private func skipSpaces(_ from: Int, limit: Int) -> Int {
        var index = from
        var skipped = 0
        while index < bytes.count, skipped < limit {
            let (scalar, length) = Scalars.decode(bytes, index)
            guard Scalars.isSpace(scalar) else { break }
            index += length
            skipped += 1
        }
        return index
    }

    /// Moves back from `index` over white space and Markdown marks (`*`, `_`, `[`, `\`).
    func trimBack(_ index: Int) -> Int {
        var end = index
        var steps = 0
        while end > 0, steps < 8 {
            let start = Scalars.previousStart(bytes, before: end)
            let scalar = Scalars.decode(bytes, start).scalar
            guard Scalars.isSpace(scalar) || scalar == 0x2A || scalar == 0x5F || scalar == 0x5B || scalar == 0x5C else { break }
            end = start
            steps += 1
        }
        return end
    }

    /// Where `resolution`/`resolutions` (or Chinese `第`) starts when written right before `start`.
    private func keywordBefore(_ start: Int) -> Int? {
        let end = trimBack(start)
        if let match = lexicon.resolutionWords.match(bytes, endingAt: end, window: 40) { return match.start }
        if let match = lexicon.resolutionPrefixes.match(bytes, endingAt: end, window: 8) { return match.start }
        return nil
    }

    /// The end of a resolution suffix (`号决议`) written right after `from`, if any.
    private func suffixAfter(_ from: Int) -> Int? {
        let index = skipSpaces(from, limit: 2)
        return lexicon.resolutionSuffixes.match(bytes, at: index, limit: min(bytes.count, index + 24))?.end
    }

    private func isNonResolution(before start: Int) -> Bool {
        let end = trimBack(start)
        return lexicon.nonResolutionWords.match(bytes, endingAt: end, window: 24) != nil
    }

    /// Whether the number at `start` continues a list of resolutions of `kind` (only list words and
    /// punctuation since the last one).
    private func continuesList(of kind: Mention.Kind, at start: Int, needsSeparator: Bool = false) -> Bool {
        guard let last = mentions.last, last.kind == kind else { return false }
        guard isListGap(from: last.end, to: start) else { return false }
        guard needsSeparator else { return true }
        // `2170 2014), 2178 (2014)`: a bare number after a number with only a space between is no item.
        var index = last.end
        while index < start {
            let (scalar, length) = Scalars.decode(bytes, index)
            if !Scalars.isSpace(scalar) { return true }
            index += length
        }
        return false
    }

    /// The symbol prefix of the body named shortly before `resolution` (`Human Rights Council in its
    /// resolution 35/33` → `A/HRC/RES`), `A/RES` when none is.
    /// Russian may name the body after the number: `резолюцией 45/34 Совета по правам человека`.
    private func bodyPrefix(before keyword: Int, orAfter numberEnd: Int) -> String {
        let floor = max(mentions.last?.end ?? 0, keyword - 64)
        if let before = lastPhrase(in: lexicon.resolutionBodies, from: floor, to: keyword).value { return before }
        let after = skipSpaces(numberEnd, limit: 2)
        guard after > numberEnd else { return "A/RES" }
        return lexicon.resolutionBodies.match(bytes, at: after, limit: min(bytes.count, after + 80))?.value ?? "A/RES"
    }

    private func bodyPrefix(of target: DocumentSymbol) -> String {
        let parts = target.canonical.split(separator: "/")
        let prefix = parts.count >= 3 ? parts.dropLast(2).joined(separator: "/") : ""
        return prefix.hasSuffix("RES") ? prefix : "A/RES"
    }

    /// Whether a symbol such as `C/48` follows (UNESCO's `resolution 38 C/48`).
    private func startsSymbol(after end: Int) -> Bool {
        let index = skipSpaces(end, limit: 2)
        guard index > end, index + 1 < bytes.count else { return false }
        return bytes[index] >= UInt8(ascii: "A") && bytes[index] <= UInt8(ascii: "Z") && bytes[index + 1] == UInt8(ascii: "/")
    }

    /// Whether a bare number ends like a list item: before a comma, `and`, a bracket or the end.
    private func endsListItem(_ end: Int) -> Bool {
        let index = skipSpaces(end, limit: 2)
        guard index < bytes.count else { return true }
        let (scalar, _) = Scalars.decode(bytes, index)
        switch scalar {
        case 0x2C, 0x3B, 0x2E, 0x3A, 0x3001, 0xFF0C, 0x60C, 0x61B, 0x5D: return true
        default:
            if suffixAfter(end) != nil { return true }
            if lexicon.listWords.match(bytes, at: index, limit: min(bytes.count, index + 40)) != nil { return true }
            return lexicon.themeIntroducers.match(bytes, at: index, limit: min(bytes.count, index + 16)) != nil
        }
    }

    /// Whether only list words, white space and list punctuation stand between `from` and `to`.
    func isListGap(from: Int, to: Int) -> Bool {
        guard to >= from, to - from <= 64 else { return false }
        var index = from
        while index < to {
            let (scalar, length) = Scalars.decode(bytes, index)
            switch scalar {
            case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x202F, 0x3000, 0x2C, 0x28, 0x29, 0x5B, 0x5D, 0x23, 0x5C, 0x2A, 0x5F,
                0x3001, 0xFF0C, 0x60C:
                index += length
                continue
            default:
                if let match = lexicon.listWords.match(bytes, at: index, limit: to) {
                    index = match.end
                    continue
                }
                if let match = lexicon.resolutionWords.match(bytes, at: index, limit: to) {
                    index = match.end
                    continue
                }
                if let match = lexicon.resolutionPrefixes.match(bytes, at: index, limit: to) {
                    index = match.end
                    continue
                }
                return false
            }
        }
        return true
    }

    // MARK: - Symbols

    /// `S/RES/2391 (2017)`, `S/PRST/2014/5`, `A/RES/70/1`, `A/70/1`, `S/2020/476`, `S/AC.51/2020/3`.
    private mutating func symbolAnchor(_ start: Int) -> Int {
        let count = bytes.count
        if start > 0 {
            let previous = Scalars.decode(bytes, Scalars.previousStart(bytes, before: start)).scalar
            if Scalars.isLetter(previous) && previous < 0x80 || (0x30...0x39).contains(previous) || previous == 0x2F
                || previous == 0x2E || previous == 0x3D
            {
                return start + 1
            }
        }
        var index = start
        while index < count, index - start < 3, bytes[index] >= UInt8(ascii: "A"), bytes[index] <= UInt8(ascii: "Z") {
            index += 1
        }
        let prefixLength = index - start
        guard index < count, bytes[index] == UInt8(ascii: "/"), prefixLength >= 1 else { return start + 1 }
        let prefix = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard ["S", "A", "E", "ST"].contains(prefix) else { return start + 1 }
        var segments: [String] = []
        var end = index
        while end < count, bytes[end] == UInt8(ascii: "/") {
            let segmentStart = end + 1
            var segmentEnd = segmentStart
            while segmentEnd < count {
                let byte = bytes[segmentEnd]
                let isSymbolByte = Scalars.isDigit(byte) || (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
                    || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
                guard isSymbolByte else { break }
                if byte == UInt8(ascii: "-"), startsJointSymbol(at: segmentEnd + 1) { break }
                segmentEnd += 1
            }
            // Trailing full stops and hyphens belong to the sentence.
            while segmentEnd > segmentStart, bytes[segmentEnd - 1] == UInt8(ascii: ".") || bytes[segmentEnd - 1] == UInt8(ascii: "-") {
                segmentEnd -= 1
            }
            guard segmentEnd > segmentStart else { break }
            segments.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[segmentStart..<segmentEnd]), as: UTF8.self).uppercased())
            end = segmentEnd
            if segments.count >= 6 { break }
        }
        guard !segments.isEmpty, segments.contains(where: { $0.contains(where: \.isNumber) }) else { return max(end, start + 1) }
        let keyword = keywordBefore(start)

        if prefix == "S", segments[0] == "RES", segments.count == 2, var number = Int(segments[1]) {
            // Digits broken apart by PDF extraction: `S/RES/22 1 1 (2015)`, `S/RES/2 3 85 (2017)`.
            if bracketedYear(after: end) == nil, let (joined, joinedEnd) = joinedDigits(from: end, prefix: segments[1]) {
                number = joined
                end = joinedEnd
            }
            if let (year, yearEnd) = bracketedYear(after: end) {
                var mention = Mention(
                    target: .securityCouncilResolution(number, year: year), kind: .securityCouncil, quoteStart: start,
                    numberStart: start, end: yearEnd, hasKeyword: false)
                if !table.isConsistent(resolution: number, year: year) {
                    mention.suspectReason = table.year(ofResolution: number).map {
                        "the year table puts resolution \(number) in \($0), not \(year)"
                    } ?? "number beyond the year table (last known: \(table.lastKnownResolution))"
                }
                append(mention)
                return yearEnd
            }
            var mention = Mention(
                target: .securityCouncilResolution(number, year: 0), kind: .securityCouncil, quoteStart: start,
                numberStart: start, end: end, hasKeyword: false)
            if let year = table.year(ofResolution: number) {
                mention.target = .securityCouncilResolution(number, year: year)
            } else {
                mention.target = DocumentSymbol(canonical: "S/RES/\(number)", kind: .securityCouncilResolution)
                mention.suspectReason = "number beyond the year table (last known: \(table.lastKnownResolution))"
            }
            append(mention)
            return end
        }
        if prefix == "S", segments[0] == "PRST", segments.count == 2, let number = spacedLastSegment(after: end) {
            // `S/PRST/2018/ 2, para. 11`: the number split off by a space (two links in the annex of S/PRST/2018/18).
            segments.append(String(number.value))
            end = number.end
        }
        if prefix == "S", segments[0] == "RES" || segments[0] == "PRST" {
            guard segments[0] == "PRST", segments.count == 3, let year = Int(segments[1]), let number = Int(segments[2]) else {
                // A symbol cut short (`S/PRST/2017/ 2 1`, `S/RES/`): no document is named.
                return end
            }
            append(
                Mention(
                    target: .presidentialStatement(year: year, number: number), kind: .document, quoteStart: start,
                    numberStart: start, end: end, hasKeyword: false))
            return end
        }
        if prefix == "A", segments[0] == "RES" {
            if segments.count == 3, let session = Int(segments[1]), let number = Int(segments[2]) {
                append(
                    Mention(
                        target: .generalAssemblyResolution(session: session, number: number), kind: .generalAssembly,
                        quoteStart: start, numberStart: start, end: end, hasKeyword: false))
                return end
            }
            if segments.count == 2, let number = Int(segments[1]), let (roman, romanEnd) = bracketedRoman(after: end) {
                append(
                    Mention(
                        target: .generalAssemblyResolution(number: number, romanSession: roman), kind: .generalAssembly,
                        quoteStart: start, numberStart: start, end: romanEnd, hasKeyword: false))
                return romanEnd
            }
        }
        if prefix == "A", segments.count == 2, let session = Int(segments[0]), let number = Int(segments[1]),
            keyword != nil, session <= 99
        {
            // `General Assembly resolution A/70/1`: the document symbol standing for the resolution.
            append(
                Mention(
                    target: .generalAssemblyResolution(session: session, number: number), kind: .generalAssembly,
                    quoteStart: start, numberStart: start, end: end, hasKeyword: false))
            return end
        }
        if prefix == "S", segments.count == 1, let number = Int(segments[0]), let (year, yearEnd) = bracketedYear(after: end),
            table.isConsistent(resolution: number, year: year)
        {
            // `S/2363 (2017)`: a resolution symbol with `RES/` dropped.
            append(
                Mention(
                    target: .securityCouncilResolution(number, year: year), kind: .securityCouncil, quoteStart: start,
                    numberStart: start, end: yearEnd, hasKeyword: false))
            return yearEnd
        }
        let text = prefix + "/" + segments.joined(separator: "/")
        let (kind, nounStart) = documentKind(before: start)
        var mention = Mention(
            target: .other(text, kind: kind), kind: .document, quoteStart: start, numberStart: start, end: end,
            hasKeyword: false)
        mention.documentNounStart = nounStart
        append(mention)
        return end
    }

    /// Up to three groups of digits after `prefix`, each after one space, making at most four digits
    /// and followed by a bracketed year: the number and the end of the last group.
    private func joinedDigits(from end: Int, prefix: String) -> (Int, Int)? {
        var digits = prefix
        var index = end
        for _ in 0..<3 {
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: " "), Scalars.isDigit(bytes[index + 1]) else { break }
            var groupEnd = index + 1
            while groupEnd < bytes.count, Scalars.isDigit(bytes[groupEnd]) {
                digits.append(Character(UnicodeScalar(bytes[groupEnd])))
                groupEnd += 1
            }
            guard digits.count <= 4 else { return nil }
            index = groupEnd
            if bracketedYear(after: index) != nil, let number = Int(digits) { return (number, index) }
        }
        return nil
    }

    /// The number after `/ ` that ends a symbol cut by a space: one to three digits followed by neither a
    /// digit nor another group of digits (`S/PRST/2017/ 2 1` stays unread).
    private func spacedLastSegment(after end: Int) -> (value: Int, end: Int)? {
        guard end + 2 < bytes.count, bytes[end] == UInt8(ascii: "/"), bytes[end + 1] == UInt8(ascii: " "), Scalars.isDigit(bytes[end + 2])
        else { return nil }
        var index = end + 2
        var value = 0
        while index < bytes.count, Scalars.isDigit(bytes[index]), index - end <= 5 {
            value = value * 10 + Int(bytes[index] - 0x30)
            index += 1
        }
        guard index - (end + 2) <= 3, index >= bytes.count || !Scalars.isDigit(bytes[index]) else { return nil }
        if index + 1 < bytes.count, bytes[index] == UInt8(ascii: " "), Scalars.isDigit(bytes[index + 1]) { return nil }
        return (value, index)
    }

    /// `A/70/357-S/2015/682`: a second symbol joined by a hyphen.
    private func startsJointSymbol(at index: Int) -> Bool {
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "S") || bytes[index] == UInt8(ascii: "A") else { return false }
        return bytes[index + 1] == UInt8(ascii: "/")
    }

    /// `.report` or `.letter` when the nearest document word before a symbol in its clause says so.
    private func documentKind(before start: Int) -> (DocumentKind, Int?) {
        let floor = max(mentions.last?.end ?? 0, start - 320)
        guard let nounStart = lastPhraseStart(in: lexicon.documentWords, from: floor, to: start),
            let match = lexicon.documentWords.match(bytes, at: nounStart, limit: start)
        else { return (.other, nil) }
        if lastClauseBoundary(from: nounStart, to: start) != nil { return (.other, nil) }
        return (match.value, nounStart)
    }

    /// The last phrase of `table` in `from..<to`, forgetting those before a clause boundary.
    func lastPhrase<Value>(in table: PhraseTable<Value>, from: Int, to: Int) -> (value: Value?, sawBoundary: Bool) {
        var index = from
        var found: Value?
        var sawBoundary = false
        var previousIsLetter = from > 0 && Scalars.isLetter(Scalars.decode(bytes, Scalars.previousStart(bytes, before: from)).scalar)
        let wordStarts = lexicon.lexicon.matchesWordStarts
        while index < to {
            let (scalar, length) = Scalars.decode(bytes, index)
            if isClauseBoundary(scalar, at: index, length: length) {
                found = nil
                sawBoundary = true
                previousIsLetter = false
                index += length
                continue
            }
            let isLetter = Scalars.isLetter(scalar)
            if isLetter, !wordStarts || !previousIsLetter, table.mayStart(with: scalar),
                let match = table.match(bytes, at: index, limit: to)
            {
                found = match.value
                index = match.end
                previousIsLetter = true
                continue
            }
            previousIsLetter = isLetter
            index += length
        }
        return (found, sawBoundary)
    }

    /// Whether a number follows `index`, after white space and list words (`and`), or `as well as`
    /// does (`Recalling its resolutions 1325 (2000), …; as well as the Statements of its President …`).
    private func startsListItem(after index: Int) -> Bool {
        let wellAs = Array(" as well as ".utf8)
        if index + wellAs.count <= bytes.count, zip(wellAs.indices, wellAs).allSatisfy({ bytes[index + $0] == $1 }) { return true }
        var position = index
        let limit = min(bytes.count, index + 24)
        while position < limit {
            let (scalar, length) = Scalars.decode(bytes, position)
            if Scalars.isSpace(scalar) {
                position += length
            } else if let word = lexicon.listWords.match(bytes, at: position, limit: limit) {
                position = word.end
            } else {
                return (0x30...0x39).contains(scalar)
            }
        }
        return false
    }

    /// The position right after the last clause boundary in `from..<to`, read backwards, or nil.
    func lastClauseBoundary(from: Int, to: Int) -> Int? {
        var index = to
        while index > from {
            index -= 1
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: ";"), UInt8(ascii: "."), 0x0A:
                if isClauseBoundary(UInt32(byte), at: index, length: 1) { return index + 1 }
            case 0x82, 0x9B:
                // The last byte of `。` (E3 80 82), `；` (EF BC 9B) or `؛` (D8 9B).
                let start = Scalars.previousStart(bytes, before: index + 1)
                let (scalar, length) = Scalars.decode(bytes, start)
                if start >= from, start + length == index + 1, isClauseBoundary(scalar, at: start, length: length) {
                    return index + 1
                }
            default: continue
            }
        }
        return nil
    }

    /// The number of characters (Unicode scalars) in `from..<to`.
    func characterCount(from: Int, to: Int) -> Int {
        guard to > from else { return 0 }
        var count = 0
        for index in from..<to where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// Where the head of a mention starts: for a bracketed document symbol, the noun naming the
    /// document (`the letter … (S/2020/253)`); otherwise the number.
    func head(of mention: Mention) -> Int {
        guard mention.kind == .document, let nounStart = mention.documentNounStart else { return mention.numberStart }
        return nounStart
    }

    /// Where the last phrase of `table` in `from..<to` starts, or nil.
    func lastPhraseStart<Value>(in table: PhraseTable<Value>, from: Int, to: Int) -> Int? {
        var index = from
        var found: Int?
        while index < to {
            if let match = table.match(bytes, at: index, limit: to) {
                found = index
                index = match.end
                continue
            }
            index += Scalars.decode(bytes, index).length
        }
        return found
    }

    /// `;`, a sentence's full stop, `。`, `；`, `؛`, or a blank line.
    func isClauseBoundary(_ scalar: UInt32, at index: Int, length: Int) -> Bool {
        switch scalar {
        case 0x3B, 0xFF1B, 0x61B:
            // A semicolon between the groups of one list (`… on children and armed conflict; 1502
            // (2003) on …; and 1325 (2000)`) separates items, not clauses.
            return !startsListItem(after: index + length)
        case 0x3002: return true
        case 0x2E:
            // A full stop followed by white space and a capital or a digit ends a sentence.
            var next = index + 1
            var spaces = 0
            while next < bytes.count, bytes[next] == UInt8(ascii: " ") || bytes[next] == 0x0A {
                next += 1
                spaces += 1
            }
            guard spaces > 0, next < bytes.count else { return spaces > 0 }
            let (following, _) = Scalars.decode(bytes, next)
            return (0x41...0x5A).contains(following) || (0x410...0x42F).contains(following) || (0x30...0x39).contains(following)
        case 0x0A:
            return index + 1 < bytes.count && bytes[index + 1] == 0x0A
        default: return false
        }
    }

    private mutating func append(_ mention: Mention) {
        mentions.append(mention)
    }
}
