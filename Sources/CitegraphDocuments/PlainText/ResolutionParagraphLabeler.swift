/// Labels the paragraphs of a resolution's text: `PP1`, `PP2`, … between the enacting formula and the
/// first numbered paragraph; `OP1`, `OP2`, … for numbered paragraphs; `OP20(c)` for lettered sub-items
/// and `OP20(c)(ii)` for roman ones under a letter; `OP3(•1)` for bullets; `P1`, `P2`, … for the rest
/// (headings, notes, the vote of old texts). Markers are not part of a paragraph's text.
struct ResolutionParagraphLabeler {
    private(set) var paragraphs: [Paragraph] = []
    private var preambular = 0
    private var other = 0
    private var operative: Int?
    private var letter: String?
    private var roman: String?
    private var bullets = 0
    /// The label of the innermost sub-item, the parent of bullets.
    private var innermost: String?
    /// After a heading that is a sub-item ("(a) Quick impact projects"), plain paragraphs are its items.
    private var headingItem = false
    private var inPreamble: Bool
    /// Set once other text (the vote, footnotes) follows the operative part: bullets are then notes.
    private var bodyEnded = false

    /// - Parameter preambleStarted: whether the enacting formula was seen (texts without one start in the preamble too).
    init(preambleStarted: Bool = true) {
        inPreamble = preambleStarted
    }

    mutating func add(_ paragraph: CleanedText.Paragraph) {
        let text = paragraph.text
        if paragraph.isHeading {
            // A heading such as "(b) Cooperation with Sanctions Committees" is a sub-item whose plain
            // paragraphs follow as its items; other headings are other text.
            if let operative, let marker = ParagraphMarker.parse(text), case .subItem(let value) = marker.kind {
                let label = subItemLabel(operative: operative, marker: value)
                paragraphs.append(Paragraph(label: label, kind: .operative, text: String(marker.rest), sourceOffset: paragraph.originalOffset))
                headingItem = true
                return
            }
            headingItem = false
            appendOther(text, offset: paragraph.originalOffset)
            return
        }
        // The vote of old texts and footnotes ("1/ S/25046.", "* Paragraph 3 …") end the body.
        if Self.isClosingText(text) || (paragraph.hadBullet && text.first == "*") {
            bodyEnded = true
            appendOther(text, offset: paragraph.originalOffset)
            return
        }
        if let marker = ParagraphMarker.parse(text) {
            switch marker.kind {
            case .number(let number):
                inPreamble = false
                operative = number
                letter = nil
                roman = nil
                bullets = 0
                innermost = nil
                headingItem = false
                bodyEnded = false
                paragraphs.append(Paragraph(label: "OP\(number)", kind: .operative, text: String(marker.rest), sourceOffset: paragraph.originalOffset))
                return
            case .subItem(let value):
                if let operative {
                    headingItem = false
                    let label = subItemLabel(operative: operative, marker: value)
                    paragraphs.append(Paragraph(label: label, kind: .operative, text: String(marker.rest), sourceOffset: paragraph.originalOffset))
                    return
                }
                if inPreamble, preambular > 0 {
                    paragraphs.append(Paragraph(label: "PP\(preambular)(\(value))", kind: .preambular, text: String(marker.rest), sourceOffset: paragraph.originalOffset))
                    return
                }
            }
        }
        if paragraph.hadBullet || headingItem, let operative, !bodyEnded {
            bullets += 1
            let base = innermost ?? "OP\(operative)"
            paragraphs.append(Paragraph(label: "\(base)(•\(bullets))", kind: .operative, text: text, sourceOffset: paragraph.originalOffset))
            return
        }
        if inPreamble, operative == nil, Self.isUnnumberedOperative(text) {
            // A resolution with one operative paragraph leaves it unnumbered: "Decides to …."
            inPreamble = false
            operative = 1
            paragraphs.append(Paragraph(label: "OP1", kind: .operative, text: text, sourceOffset: paragraph.originalOffset))
            return
        }
        if inPreamble, operative == nil {
            preambular += 1
            paragraphs.append(Paragraph(label: "PP\(preambular)", kind: .preambular, text: text, sourceOffset: paragraph.originalOffset))
            return
        }
        appendOther(text, offset: paragraph.originalOffset)
    }

    /// The adoption line at the end of old texts, and footnotes (`1/ S/25046.`, `22 Adopted without vote.`).
    static func isClosingText(_ text: String) -> Bool {
        if text.count < 300, text.hasPrefix("Adopted") { return true }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 3 {
            let after = text.dropFirst(digits.count)
            let noteOpenings = ["/ ", " Adopted", " Ibid", " ibid", " fbid", " See ", " Official Records", " Resolution", " S/", " A/", " Document"]
            if noteOpenings.contains(where: { after.hasPrefix($0) }) { return true }
        }
        return false
    }

    /// An unnumbered paragraph in English that reads as operative: a verb in the third person
    /// (`Decides`, `Recommends`, `Calls`) and a final full stop, where preambular paragraphs end with a comma.
    static func isUnnumberedOperative(_ text: String) -> Bool {
        guard text.hasSuffix("."), let first = text.split(separator: " ").first, first.count >= 4, first.allSatisfy({ $0.isASCII && $0.isLetter }),
            first.first?.isUppercase == true, first.hasSuffix("s"), !first.hasSuffix("ss"), !first.hasSuffix("ous")
        else { return false }
        return !["This", "Thus", "Was", "Has", "Its", "His"].contains(String(first))
    }

    private mutating func appendOther(_ text: String, offset: Int) {
        other += 1
        paragraphs.append(Paragraph(label: "P\(other)", kind: .other, text: text, sourceOffset: offset))
    }

    private static let romanNumerals: Set<String> = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv"]

    private mutating func subItemLabel(operative: Int, marker: String) -> String {
        bullets = 0
        let lower = marker.lowercased()
        // "(i)" right after "(h)" is the letter i; "(i)" after any other letter opens roman sub-items.
        // A list that itself runs (i), (ii), (iii) stays at one level.
        let lettersAreRoman = letter.map { Self.romanNumerals.contains($0.lowercased()) && roman == nil && lower != "i" } ?? false
        let isRoman = Self.romanNumerals.contains(lower) && !lettersAreRoman
            && (roman != nil || (letter != nil && !(lower == "i" && letter == "h") && !(lower == "v" && letter == "u") && !(lower == "x" && letter == "w")))
        if isRoman, let letter {
            roman = marker
            innermost = "OP\(operative)(\(letter))(\(marker))"
        } else {
            letter = marker
            roman = nil
            innermost = "OP\(operative)(\(marker))"
        }
        return innermost ?? "OP\(operative)"
    }
}
