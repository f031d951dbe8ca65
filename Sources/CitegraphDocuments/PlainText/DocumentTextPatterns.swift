/// Recognisers for the fixed phrases of Security Council texts in the six languages: the enacting
/// formula, the adoption line, meeting numbers, cover-page lines, letter headings and agenda items.
enum DocumentTextPatterns {
    // MARK: Enacting formula

    private static let formulas = ["the security council", "le conseil de sécurité", "el consejo de seguridad", "совет безопасности", "مجلس الأمن", "安全理事会"]

    /// "The Security Council," and its translations (the comma is required in Chinese and Arabic,
    /// where the bare name is also a cover line).
    static func isFormula(_ paragraph: String) -> Bool {
        guard paragraph.utf8.count <= 120 else { return false }
        let lower = paragraph.lowercased()
        let trimmed = lower.trimmingTrailing([",", "，", "、", "،", " ", ":", "："])
        guard formulas.contains(trimmed) else { return false }
        if trimmed == "安全理事会" || trimmed == "مجلس الأمن" { return trimmed.count < lower.count }
        return true
    }

    /// Whether a paragraph ends with the enacting formula (`… 14 September 2017 The Security Council,`).
    static func endsWithFormula(_ paragraph: String) -> Bool {
        let lower = paragraph.lowercased().trimmingTrailing([",", "，", "、", "،", " ", ":", "："])
        return formulas.contains { lower.hasSuffix(" " + $0) }
    }

    // MARK: Adoption line

    private static let adoptionWords = ["adopted", "adoptée", "adoptee", "aprobada", "принята", "اتخذه", "اتُّخذ", "通过"]

    /// Whether a paragraph is (or holds) the adoption line: `Adopted by the Security Council at its 8852nd
    /// meeting, on 9 September 2021`, `安全理事会 2021 年 9 月 9 日第 8852 次会议通过`, `Adopted at the 2nd meeting`.
    static func isAdoptionLine(_ paragraph: String) -> Bool {
        guard paragraph.utf8.count <= 1200 else { return false }
        let lower = paragraph.lowercased()
        return adoptionWords.contains { lower.containsBytes($0) }
    }

    // MARK: Meetings

    private static let meetingWordsAfter = ["meeting", "séance", "seance", "sesión", "sesion", "заседани", "次会议"]
    private static let meetingWordsBefore = ["جلسته", "الجلسة", "جلستها"]

    /// The meeting number in a text: `8852nd meeting`, `8852e séance`, `8862a sesión`, `8852-м заседании`,
    /// `第 8852 次会议`, `جلسته 8852`.
    static func meeting(in text: String) -> Int? {
        let characters = Array(text.lowercased())
        var index = 0
        while index < characters.count {
            guard characters[index].isASCII, characters[index].isNumber, index == 0 || !(characters[index - 1].isASCII && characters[index - 1].isNumber) else {
                index += 1
                continue
            }
            var end = index
            // OCR in old texts writes "63lst" for "631st": an l inside the digits is a 1.
            var digits = ""
            while end < characters.count, (characters[end].isASCII && characters[end].isNumber) || (characters[end] == "l" && end + 2 < characters.count && characters[end + 1] == "s" && characters[end + 2] == "t" && !digits.isEmpty) {
                digits.append(characters[end] == "l" ? "1" : characters[end])
                end += 1
                if characters[end - 1] == "l" { break }
            }
            let after = String(characters[end..<min(characters.count, end + 16)])
            let before = String(characters[max(0, index - 10)..<index])
            if let number = Int(digits), digits.count <= 5 {
                if meetingWordsAfter.contains(where: { after.contains($0) }) {
                    let suffix = after.drop { $0 == " " }
                    let ordinalOK = ["st ", "nd ", "rd ", "th ", "e ", "a ", "ª ", "-м ", "-й ", "次会议", " 次会议", "st\n", "th\n"].contains { suffix.hasPrefix($0) }
                    if ordinalOK { return number }
                }
                if meetingWordsBefore.contains(where: { before.contains($0) }) { return number }
            }
            index = max(end, index + 1)
        }
        return nil
    }

    // MARK: Cover lines

    private static let coverExact: Set<String> = [
        "united nations", "security council", "联合国", "安全理事会", "الأمم المتحدة", "مجلس الأمن", "nations unies",
        "conseil de sécurité", "naciones unidas", "consejo de seguridad", "организация объединенных наций", "совет безопасности",
        "arabic", "chinese", "english", "french", "russian", "spanish", "general", "distr.: general", "annex", "附件",
    ]

    /// Cover-page lines that are metadata, not text: `Distr.: General`, `3 December 2020`, `Arabic`,
    /// `Original: English`, `United Nations`, `安全理事会`.
    static func isCoverLine(_ paragraph: String) -> Bool {
        guard paragraph.utf8.count <= 360, paragraph.unicodeScalars.count <= 120 else { return false }
        let lower = paragraph.lowercased().trimmingTrailing([" ", "*"])
        if coverExact.contains(lower) { return true }
        if lower.hasPrefix("distr.") || lower.hasPrefix("security council distr") || lower.hasPrefix("original:") { return true }
        if paragraph.unicodeScalars.count <= 30, DateText.firstDate(in: paragraph) != nil, !isAdoptionLine(paragraph) { return true }
        return false
    }

    // MARK: Letters

    /// A letter's heading: `Letter dated 3 December 2020 from the President …`, `رسالة مؤرخة …`,
    /// `2020年3月30日安全理事会主席给…的信`.
    static func isLetterHeading(_ paragraph: String) -> Bool {
        guard paragraph.utf8.count <= 1200 else { return false }
        let lower = paragraph.lowercased()
        if lower.hasPrefix("letter dated") || lower.hasPrefix("lettre datée") || lower.hasPrefix("carta de fecha") || lower.hasPrefix("письмо") { return true }
        if lower.containsBytes("رسالة") && lower.containsBytes("مؤرخة") { return true }
        if lower.hasSuffix("的信"), !lower.hasSuffix("附件") { return true }
        return false
    }

    /// The agenda item a letter names: `agenda item entitled “…”`, `议程项目“…”`, `在"…"议程项目下`,
    /// `بند جدول الأعمال المعنون "…"`, `point de l'ordre du jour intitulé « … »`.
    static func agendaItem(in text: String) -> String? {
        let keywords = ["agenda item entitled", "item entitled", "议程项目", "بند جدول الأعمال المعنون", "المعنون", "intitulé", "titulado"]
        for keyword in keywords {
            guard let found = text.range(of: keyword) else { continue }
            // Quoted text right after the keyword …
            let after = text[found.upperBound...].drop { $0 == " " }
            if let quoted = leadingQuotation(after) { return quoted }
            // … or right before it (在"马里局势"议程项目下).
            let before = text[..<found.lowerBound]
            if let quoted = trailingQuotation(before) { return quoted }
        }
        return nil
    }

    private static let quotePairs: [Character: Character] = ["“": "”", "\"": "\"", "«": "»", "„": "“", "「": "」"]

    private static func leadingQuotation(_ text: Substring) -> String? {
        guard let open = text.first, let close = quotePairs[open] else { return nil }
        let body = text.dropFirst()
        guard let end = body.firstIndex(where: { $0 == close || ($0 == "”" && close == "\"") || ($0 == "\"" && close == "”") }) else { return nil }
        let item = SpaceNormalizer.normalize(body[..<end])
        return item.isEmpty || item.count > 200 ? nil : item
    }

    private static func trailingQuotation(_ text: Substring) -> String? {
        let trimmed = text.trimmingEnds([" "])
        guard let close = trimmed.last, ["”", "\"", "»", "」"].contains(close) else { return nil }
        let body = trimmed.dropLast()
        guard let start = body.lastIndex(where: { $0 == "“" || $0 == "\"" || $0 == "«" || $0 == "「" }) else { return nil }
        let item = SpaceNormalizer.normalize(body[body.index(after: start)...])
        return item.isEmpty || item.count > 200 ? nil : item
    }
}
