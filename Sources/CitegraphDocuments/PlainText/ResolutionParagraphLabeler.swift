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
    private var inPreamble: Bool

    /// - Parameter preambleStarted: whether the enacting formula was seen (texts without one start in the preamble too).
    init(preambleStarted: Bool = true) {
        inPreamble = preambleStarted
    }

    mutating func add(_ paragraph: CleanedText.Paragraph) {
        let text = paragraph.text
        if paragraph.isHeading {
            // A heading such as "(b) Cooperation with Sanctions Committees" is still a sub-item heading;
            // plain headings are other text.
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
                paragraphs.append(Paragraph(label: "OP\(number)", kind: .operative, text: String(marker.rest), sourceOffset: paragraph.originalOffset))
                return
            case .subItem(let value):
                if let operative {
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
        if paragraph.hadBullet, let operative {
            bullets += 1
            let base = letter.map { "OP\(operative)(\($0))" } ?? "OP\(operative)"
            paragraphs.append(Paragraph(label: "\(base)(•\(bullets))", kind: .operative, text: text, sourceOffset: paragraph.originalOffset))
            return
        }
        if inPreamble, operative == nil {
            preambular += 1
            paragraphs.append(Paragraph(label: "PP\(preambular)", kind: .preambular, text: text, sourceOffset: paragraph.originalOffset))
            return
        }
        appendOther(text, offset: paragraph.originalOffset)
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
        let isRoman = Self.romanNumerals.contains(lower)
            && (roman != nil || (letter != nil && !(lower == "i" && letter == "h") && !(lower == "v" && letter == "u") && !(lower == "x" && letter == "w")))
        if isRoman, let letter {
            roman = marker
            return "OP\(operative)(\(letter))(\(marker))"
        }
        letter = marker
        roman = nil
        return "OP\(operative)(\(marker))"
    }
}
