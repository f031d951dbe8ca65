/// The marker that opens a numbered paragraph (`12.`) or a sub-item (`(a)`, `b)`, `(iv)`, `‘1’`,
/// `(أ)`, `㈠`, `(一)`) in plain text.
struct ParagraphMarker: Hashable {
    enum Kind: Hashable {
        /// An operative paragraph number.
        case number(Int)
        /// A sub-item marker without its punctuation (`a`, `iv`, `1`, `أ`, `一`).
        case subItem(String)
    }

    let kind: Kind
    /// The text after the marker, leading spaces removed.
    let rest: Substring

    private static let chineseNumerals: [Character] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    /// Parses the marker at the start of a paragraph, or nil.
    static func parse(_ text: String) -> ParagraphMarker? {
        guard let first = text.first else { return nil }
        // 12. Decides … (also "12 . " and a bare "12." line)
        if first.isASCII, first.isNumber {
            let digits = text.prefix { $0.isASCII && $0.isNumber }
            guard digits.count <= 3, let number = Int(digits) else { return nil }
            var rest = text.dropFirst(digits.count)
            rest = rest.drop { $0 == " " }
            guard rest.first == "." || rest.first == "．" else { return nil }
            rest = rest.dropFirst()
            guard rest.isEmpty || rest.first == " " || !(rest.first?.isNumber ?? false) else { return nil }
            return ParagraphMarker(kind: .number(number), rest: rest.drop { $0 == " " })
        }
        // ㈠
        if let scalar = first.unicodeScalars.first, (0x3220...0x3229).contains(scalar.value) {
            let numeral = chineseNumerals[Int(scalar.value - 0x3220)]
            return ParagraphMarker(kind: .subItem(String(numeral)), rest: text.dropFirst().drop { $0 == " " })
        }
        // (a) (iv) (أ) (一) ‘1’ ’1‘ a) iv)
        let openers: Set<Character> = ["(", "‘", "’"]
        let closers: Set<Character> = [")", "’", "‘"]
        var index = text.startIndex
        let hasOpener = openers.contains(first)
        if hasOpener { index = text.index(after: index) }
        let innerStart = index
        var count = 0
        while index < text.endIndex, count <= 5, text[index].isLetter || text[index].isNumber {
            index = text.index(after: index)
            count += 1
        }
        guard count >= 1, index < text.endIndex, closers.contains(text[index]) else { return nil }
        let inner = text[innerStart..<index]
        let after = text.index(after: index)
        // The marker must be followed by a space or the end (not "(2020)号").
        guard after == text.endIndex || text[after] == " " else { return nil }
        if inner.allSatisfy({ $0.isASCII && $0.isNumber }) {
            // "(1)" is a sub-item; a year "(2020)" is not.
            guard inner.count <= 2 else { return nil }
        } else if inner.allSatisfy({ $0.isASCII }) {
            // Latin letters: a single letter or a lower-case roman numeral; not words like "(see".
            let lower = inner.lowercased()
            guard inner.count == 1 || (lower == inner && lower.allSatisfy { "ivxlc".contains($0) }) || (inner.count == 2 && inner.first == inner.last) else { return nil }
        } else if inner.allSatisfy({ chineseNumerals.contains($0) }) {
            // (一)
        } else {
            // Arabic letters and others: one or two characters.
            guard inner.count <= 2 else { return nil }
        }
        if !hasOpener, inner.count > 4 { return nil }
        return ParagraphMarker(kind: .subItem(String(inner)), rest: text[after...].drop { $0 == " " })
    }
}
