import Foundation

/// Dates as UN documents write them in the six official languages, read into ISO 8601.
///
/// `9 September 2021`, `9 septembre 2021` / `1er mars 2020`, `17 de septiembre de 2021`,
/// `9 сентября 2021 года`, `3 كانون الأول/ديسمبر 2020` (also in the reversed order broken PDF shaping
/// gives, `2020آذار/مارس 30`), `2021 年 9 月 9 日` / `2020年3月30日`.
public enum DateText {
    /// The first date written in a text, as `yyyy-mm-dd`, or nil.
    public static func firstDate(in text: String) -> String? {
        let words = tokens(text)
        var best: (position: Int, iso: String)?
        func consider(_ position: Int, _ year: Int, _ month: Int, _ day: Int) {
            guard (1945...2100).contains(year), (1...12).contains(month), (1...31).contains(day) else { return }
            if best == nil || position < best!.position {
                best = (position, String(format: "%04d-%02d-%02d", year, month, day))
            }
        }
        for (index, word) in words.enumerated() {
            guard let month = monthNumber(word.text) else { continue }
            // day month year (with "de" in Spanish, "1er" in French)
            let before = words[max(0, index - 3)..<index].reversed()
            let after = words[(index + 1)..<min(words.count, index + 4)]
            let dayBefore = before.lazy.compactMap { dayValue($0.text) }.first
            let yearAfter = after.lazy.compactMap { yearValue($0.text) }.first
            let yearBefore = before.lazy.compactMap { yearValue($0.text) }.first
            let dayAfter = after.lazy.compactMap { dayValue($0.text) }.first
            if let day = dayBefore, let year = yearAfter {
                consider(word.position, year, month, day)
            } else if let year = yearBefore, let day = dayAfter {
                // Reversed Arabic shaping: "2020آذار/مارس 30".
                consider(word.position, year, month, day)
            } else if let day = dayAfter, let year = yearAfter {
                consider(word.position, year, month, day)  // "March 30, 2020"
            }
        }
        if let chinese = chineseDate(text) {
            if best == nil || chinese.position < best!.position { best = chinese }
        }
        return best?.iso
    }

    // MARK: Tokens

    private struct Token {
        let text: String
        let position: Int
    }

    /// Words and numbers; Arabic-Indic digits become ASCII; a word glued to digits is split.
    private static func tokens(_ text: String) -> [Token] {
        var result: [Token] = []
        var current = ""
        var currentIsDigit = false
        var position = 0
        var start = 0
        func flush() {
            if !current.isEmpty { result.append(Token(text: current, position: start)) }
            current = ""
        }
        for character in text {
            var normalized = character
            if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 {
                if (0x0660...0x0669).contains(scalar.value) { normalized = Character(UnicodeScalar(scalar.value - 0x0660 + 0x30)!) }
                if (0x06F0...0x06F9).contains(scalar.value) { normalized = Character(UnicodeScalar(scalar.value - 0x06F0 + 0x30)!) }
            }
            let isDigit = normalized.isASCII && normalized.isNumber
            let isWordCharacter = normalized.isLetter || isDigit || normalized == "/"
            if !isWordCharacter || (!current.isEmpty && isDigit != currentIsDigit && normalized != "/") {
                flush()
            }
            if isWordCharacter {
                if current.isEmpty { start = position; currentIsDigit = isDigit }
                current.append(normalized)
            }
            position += 1
        }
        flush()
        return result
    }

    private static func dayValue(_ word: String) -> Int? {
        var digits = Substring(word)
        for suffix in ["er", "st", "nd", "rd", "th"] where digits.hasSuffix(suffix) { digits = digits.dropLast(suffix.count) }
        guard (1...2).contains(digits.count), let value = Int(digits), (1...31).contains(value) else { return nil }
        return value
    }

    private static func yearValue(_ word: String) -> Int? {
        guard word.count == 4, let value = Int(word), (1945...2100).contains(value) else { return nil }
        return value
    }

    // MARK: Months

    private static let months: [String: Int] = {
        var table: [String: Int] = [:]
        let names: [[String]] = [
            ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
            ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
            ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
            ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
            ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيه", "يوليه", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
            ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"],
        ]
        for list in names {
            for (index, name) in list.enumerated() { table[name] = index + 1 }
        }
        table["setiembre"] = 9
        table["يونيو"] = 6
        table["يوليو"] = 7
        table["ابريل"] = 4
        return table
    }()

    /// The month a word names: `September`, `septembre`, `сентября`, `آذار/مارس` (the part after the slash).
    static func monthNumber(_ word: String) -> Int? {
        let lower = word.lowercased()
        if let month = months[lower] { return month }
        if let slash = lower.lastIndex(of: "/") {
            let after = String(lower[lower.index(after: slash)...])
            if let month = months[after] { return month }
            let before = String(lower[..<slash])
            if let month = months[before] { return month }
        }
        return nil
    }

    // MARK: Chinese

    private static func chineseDate(_ text: String) -> (position: Int, iso: String)? {
        // yyyy 年 m 月 d 日, spaces optional.
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            guard let (year, afterYear) = number(characters, from: index), afterYear - index == 4,
                let yearMark = skipSpaces(characters, from: afterYear), yearMark < characters.count, characters[yearMark] == "年",
                let monthStart = skipSpaces(characters, from: yearMark + 1), let (month, afterMonth) = number(characters, from: monthStart),
                let monthMark = skipSpaces(characters, from: afterMonth), monthMark < characters.count, characters[monthMark] == "月",
                let dayStart = skipSpaces(characters, from: monthMark + 1), let (day, afterDay) = number(characters, from: dayStart),
                let dayMark = skipSpaces(characters, from: afterDay), dayMark < characters.count, characters[dayMark] == "日"
            else {
                index += 1
                continue
            }
            guard (1945...2100).contains(year), (1...12).contains(month), (1...31).contains(day) else {
                index += 1
                continue
            }
            return (index, String(format: "%04d-%02d-%02d", year, month, day))
        }
        return nil
    }

    private static func number(_ characters: [Character], from index: Int) -> (Int, Int)? {
        var end = index
        // At most five digits are looked at (more than four is no date part), so that a run of a
        // million digits costs linear time, not a scan to its end from each of its digits.
        while end < characters.count, end - index <= 4, characters[end].isASCII, characters[end].isNumber { end += 1 }
        guard end > index, end - index <= 4, let value = Int(String(characters[index..<end])) else { return nil }
        return (value, end)
    }

    private static func skipSpaces(_ characters: [Character], from index: Int) -> Int? {
        var position = index
        while position < characters.count, characters[position] == " " { position += 1 }
        return position
    }
}
