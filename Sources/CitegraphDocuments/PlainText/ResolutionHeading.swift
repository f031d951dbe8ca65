/// The heading that opens a Security Council resolution in plain text, in any of the forms the
/// seeds and the CR-UNSC texts use:
/// `Resolution 2518 (2020)`, `RESOLUTION 800 (1993)`, `Résolution …`, `Resolución …`, `Резолюция …`,
/// `القرار 2553 (2020)`, `第 2594(2021)号决议`, and the old `1 (1946) Resolution of 25 January 1946` /
/// `100 (1953). Resolution of 27 October 1953`.
struct ResolutionHeading: Hashable {
    let number: Int
    let year: Int

    private static let words = ["resolution", "résolution", "resolución", "резолюция", "القرار"]

    /// Parses a heading paragraph; it must start with the heading (cover lines may precede it in the
    /// same paragraph when PDF extraction merged them: `… Distr.: General 3 December 2020 Resolution 2553 (2020) Adopted …`).
    static func parse(_ paragraph: String) -> ResolutionHeading? {
        guard paragraph.utf8.count <= 1200 else { return nil }
        // Cheap rejections first: most paragraphs are running text.
        let head = paragraph.prefix(24).lowercased()
        let startsWithWord = words.contains { head.hasPrefix($0) } || head.hasPrefix("第")
        let mergedCover = paragraph.containsBytes("Distr")
        if head.first?.isNumber == true, !mergedCover {
            // Only the old form "1 (1946) Resolution of …" starts with a number.
            guard let (number, year, after) = numberAndYear(Substring(head)) else { return nil }
            let tail = after.drop { $0 == "." || $0 == " " }
            return tail.hasPrefix("resolution") ? ResolutionHeading(number: number, year: year) : nil
        }
        guard startsWithWord || mergedCover else { return nil }
        let lower = paragraph.lowercased()
        // Chinese: 第 2594(2021)号决议 at the start.
        if lower.hasPrefix("第") {
            let rest = lower.dropFirst().drop { $0 == " " }
            if let (number, year, after) = numberAndYear(rest), after.drop(while: { $0 == " " }).hasPrefix("号决议") {
                // A heading stands alone or runs into the adoption line; running text goes on
                // (`第2399(2018)号决议第20至22段…`, a paragraph cut by a page break).
                let tail = after.drop(while: { $0 == " " }).dropFirst(3).drop(while: { $0 == " " })
                if tail.isEmpty || tail.hasPrefix("安全理事会") { return ResolutionHeading(number: number, year: year) }
            }
        }
        // Old form: "1 (1946) Resolution of …", "100 (1953). Resolution of …"
        if let (number, year, after) = numberAndYear(Substring(lower)) {
            let tail = after.drop { $0 == "." || $0 == " " }
            if tail.hasPrefix("resolution") { return ResolutionHeading(number: number, year: year) }
        }
        // "Resolution 2518 (2020)" at the start, or after cover text in a merged paragraph.
        for word in words {
            var searchStart = lower.startIndex
            while let found = lower.range(of: word, range: searchStart..<lower.endIndex) {
                searchStart = found.upperBound
                let isStart = found.lowerBound == lower.startIndex
                // Inside running text ("adopted as resolution 2553 (2020)") the word is lower case.
                let original = paragraph[found.lowerBound...].prefix(1)
                guard isStart || original.first?.isUppercase == true || word == "القرار" else { continue }
                guard isStart || Self.followsCover(lower[..<found.lowerBound]) else { continue }
                let after = lower[found.upperBound...].drop { $0 == " " }
                // OCR lost the year: "Resolution 290 of 8 December 1970".
                if isStart, numberAndYear(after) == nil {
                    let digits = after.prefix { $0.isASCII && $0.isNumber }
                    let rest = after.dropFirst(digits.count).drop { $0 == " " }
                    if let number = Int(digits), digits.count <= 4, rest.hasPrefix("of "),
                        let date = DateText.firstDate(in: String(rest)), let year = Int(date.prefix(4))
                    {
                        return ResolutionHeading(number: number, year: year)
                    }
                }
                if let (number, year, rest) = numberAndYear(after) {
                    // A heading ends there, or goes on with the adoption line or "of <date>".
                    let tail = rest.drop { $0 == " " || $0 == "." || $0 == "*" }
                    if isStart || tail.isEmpty || tail.hasPrefix("adopt") || tail.hasPrefix("of ") || tail.hasPrefix("aprob") || tail.hasPrefix("принят")
                        || tail.hasPrefix("اتخذه") || isStart && tail.first?.isLetter == false
                    {
                        return ResolutionHeading(number: number, year: year)
                    }
                }
            }
        }
        return nil
    }

    /// Cover text that may precede a heading in a merged paragraph: a date, `Distr.: General`, `Security Council`.
    private static func followsCover(_ prefix: Substring) -> Bool {
        let trimmed = prefix.trimmingEnds([" "])
        guard let last = trimmed.last else { return true }
        return last.isNumber || trimmed.hasSuffix("general")
    }

    /// `2518 (2020)` / `2594(2021)`: the number, the year and what follows.
    static func numberAndYear(_ text: Substring) -> (Int, Int, Substring)? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard (1...4).contains(digits.count), let number = Int(digits) else { return nil }
        var rest = text.dropFirst(digits.count).drop { $0 == " " }
        guard rest.first == "(" else { return nil }
        rest = rest.dropFirst()
        // The year, tolerating OCR debris inside the parentheses ("(197-4)").
        guard let close = rest.prefix(9).firstIndex(of: ")") else { return nil }
        let yearDigits = rest[..<close].filter { $0.isASCII && $0.isNumber }
        guard yearDigits.count == 4, rest[..<close].allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "-" || $0 == " " }),
            let year = Int(yearDigits), (1945...2100).contains(year)
        else { return nil }
        return (number, year, rest[rest.index(after: close)...])
    }
}

extension Substring {
    func trimmingEnds(_ set: Set<Character>) -> Substring {
        var result = self
        while let first = result.first, set.contains(first) { result = result.dropFirst() }
        while let last = result.last, set.contains(last) { result = result.dropLast() }
        return result
    }
}
