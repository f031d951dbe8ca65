/// Turns the preamble, main body and annexes of an Akoma Ntoso document into labelled paragraphs
/// and the editors' hyperlinks.
///
/// Labels: each preamble `<container>` (or `<block>`) is `PP1`, `PP2`, … (the enacting formula
/// "The Security Council," is not a paragraph); a main-body `<paragraph>` with a `<num>` is `OP<n>`;
/// list points are `OP<n>(<marker>)` and nest (`OP20(c)(ii)`); bullets without a marker are numbered
/// `OP3(•1)`, `OP3(•2)`. Un-numbered paragraphs of a resolution that start with a sub-item marker
/// (the Arabic versions write `‘1’` as plain text) become sub-items of the operative paragraph before
/// them. Everything else, including annexes and the paragraphs of presidential statements, is `P1`,
/// `P2`, … in document order. The marker itself is not part of a paragraph's text, except in annexes.
struct AkomaNtosoBodyReader {
    private(set) var paragraphs: [Paragraph] = []
    private(set) var links: [Hyperlink] = []
    private var preambleCount = 0
    private var otherCount = 0
    private var lastOperative: String?
    private var lastOther: String?
    private var lastLetter: (base: String, marker: String, label: String)?
    private let isStatement: Bool

    init(isStatement: Bool) {
        self.isStatement = isStatement
    }

    /// Reads the body of the document element (`statement`, `doc`): preamble, main body, conclusions, annexes.
    mutating func read(_ documentElement: MarkupElement) {
        for element in documentElement.elements {
            switch element.name {
            case "preamble": readPreamble(element)
            case "mainBody", "body": readBody(element.elements, inAnnex: false)
            case "conclusions": readBody(element.elements, inAnnex: false)
            case "attachments":
                for attachment in element.elements {
                    for doc in attachment.elements {
                        for part in doc.elements where part.name == "mainBody" || part.name == "preamble" || part.name == "body" {
                            readBody(part.elements, inAnnex: true)
                        }
                    }
                }
            default: continue
            }
        }
    }

    // MARK: Preamble

    private mutating func readPreamble(_ preamble: MarkupElement) {
        for element in preamble.elements {
            switch element.name {
            case "formula": continue
            case "container", "block", "p", "blockList":
                var text = AkomaNtosoInlineText()
                text.append(element)
                preambleCount += 1
                emit(label: "PP\(preambleCount)", kind: .preambular, text: text, offset: element.offset,
                     container: element.attribute("name"))
            default:
                var text = AkomaNtosoInlineText()
                text.append(element)
                emitOther(text, offset: element.offset)
            }
        }
    }

    // MARK: Main body

    private mutating func readBody(_ elements: [MarkupElement], inAnnex: Bool) {
        for element in elements {
            switch element.name {
            case "paragraph":
                readParagraph(element, inAnnex: inAnnex)
            case "section", "chapter", "part", "division", "hcontainer":
                readBody(element.elements, inAnnex: inAnnex)
            case "num" where !inAnnex:
                continue
            default:
                var text = AkomaNtosoInlineText()
                text.append(element)
                emitOther(text, offset: element.offset)
            }
        }
    }

    /// Structural elements that recovery from malformed XML may leave nested inside a paragraph;
    /// they are read as the paragraph's following siblings.
    private static let nestedStructure: Set<String> = ["paragraph", "alinea", "section", "container"]

    private mutating func readParagraph(_ paragraph: MarkupElement, inAnnex: Bool) {
        let numbered = paragraph.child("num") != nil
        let nested = paragraph.elements.filter { Self.nestedStructure.contains($0.name) && ($0.name != "alinea" || !numbered) }
        let nestedSet = Set(nested.map(ObjectIdentifier.init))
        let own = paragraph.children.filter { node in
            if case .element(let element) = node { return !nestedSet.contains(ObjectIdentifier(element)) }
            return true
        }
        let numText = paragraph.child("num")?.textContent ?? ""
        let marker = Self.marker(numText)
        let isOperativeNumber = marker.map { $0.allSatisfy(\.isNumber) && !Self.isBracketed(numText) } ?? false
        if !inAnnex, let marker, !isStatement, isOperativeNumber || lastOperative == nil {
            readOperative(paragraph, marker: marker, own: own)
        } else if !inAnnex, let marker, let base = lastOperative ?? lastOther, !isOperativeNumber {
            // A lettered paragraph at the top level is a sub-item of the paragraph before it.
            let kind: Paragraph.Kind = lastOperative == nil ? .other : .operative
            readItem(paragraph, label: subItemLabel(base: base, marker: marker), kind: kind, own: own)
        } else {
            var text = AkomaNtosoInlineText()
            for node in own { text.append(node) }
            readUnnumbered(text, paragraph: paragraph, inAnnex: inAnnex)
        }
        readBody(nested, inAnnex: inAnnex)
    }

    private mutating func readUnnumbered(_ text: AkomaNtosoInlineText, paragraph: MarkupElement, inAnnex: Bool) {
        let content = text.text
        guard !content.isEmpty else { return }
        if isStatement, content.hasPrefix("Statement by the President of the Security Council") { return }
        // Some Arabic files write the operative number as text: "13 - يشجع …".
        if !isStatement, !inAnnex, let (number, rest) = Self.leadingOperativeNumber(content) {
            let label = "OP\(number)"
            lastOperative = label
            lastLetter = nil
            paragraphs.append(Paragraph(label: label, kind: .operative, text: rest, sourceOffset: paragraph.offset))
            for link in text.links {
                links.append(Hyperlink(paragraph: label, href: link.href, text: link.text))
            }
            return
        }
        if !isStatement, !inAnnex, let base = lastOperative, let (marker, rest) = Self.leadingSubItemMarker(content) {
            let label = subItemLabel(base: base, marker: marker)
            paragraphs.append(Paragraph(label: label, kind: .operative, text: rest, sourceOffset: paragraph.offset))
            for link in text.links {
                links.append(Hyperlink(paragraph: label, href: link.href, text: link.text))
            }
            return
        }
        emitOther(text, offset: paragraph.offset)
    }

    /// The label of a sub-item written as its own paragraph: letters hang from the operative paragraph,
    /// numbers and roman numerals from the last letter under it (`OP8(أ)(1)`).
    private mutating func subItemLabel(base: String, marker: String) -> String {
        let lower = marker.lowercased()
        let romanOrNumber = marker.allSatisfy(\.isNumber) || (Self.romanNumerals.contains(lower) && !(lower == "i" && lastLetter?.marker == "h"))
        if romanOrNumber, let letter = lastLetter, letter.base == base {
            return "\(letter.label)(\(marker))"
        }
        if !romanOrNumber { lastLetter = (base, marker, "\(base)(\(marker))") }
        return "\(base)(\(marker))"
    }

    private static let romanNumerals: Set<String> = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]

    /// Whether a `<num>` is written in brackets or quotes (`(5)`, `’5‘`): a sub-item, not an operative number.
    static func isBracketed(_ text: String) -> Bool {
        text.contains { "()‘’'（）".contains($0) }
    }

    private mutating func readOperative(_ paragraph: MarkupElement, marker: String, own: [MarkupNode]) {
        let label = "OP\(marker)"
        lastOperative = label
        lastLetter = nil
        readItem(paragraph, label: label, kind: .operative, own: own)
    }

    /// Emits a numbered or lettered paragraph, then the points of its lists.
    private mutating func readItem(_ paragraph: MarkupElement, label: String, kind: Paragraph.Kind, own: [MarkupNode]) {
        var text = AkomaNtosoInlineText()
        var lists: [MarkupElement] = []
        for node in own {
            guard case .element(let element) = node else {
                text.append(node)
                continue
            }
            switch element.name {
            case "num", "subheading", "heading": continue
            case "list":
                for part in element.elements where part.name == "intro" || part.name == "wrapUp" {
                    text.append(part)
                }
                lists.append(element)
            case "point":
                lists.append(element)
            default:
                text.append(element)
            }
        }
        emit(label: label, kind: kind, text: text, offset: paragraph.offset, container: nil)
        var bullets = 0
        for list in lists {
            if list.name == "point" {
                readPoint(list, base: label, bullets: &bullets)
            } else {
                readList(list, base: label)
            }
        }
    }

    private mutating func readList(_ list: MarkupElement, base: String) {
        var lastPoint = base
        var bullets = 0
        for element in list.elements {
            switch element.name {
            case "point", "item":
                lastPoint = readPoint(element, base: base, bullets: &bullets)
            case "sublist", "list", "blockList":
                readList(element, base: lastPoint)
            default:
                continue  // intro and wrapUp belong to the paragraph above
            }
        }
    }

    @discardableResult
    private mutating func readPoint(_ point: MarkupElement, base: String, bullets: inout Int) -> String {
        let marker: String
        if let num = point.child("num"), let value = Self.marker(num.textContent) {
            marker = value
        } else {
            bullets += 1
            marker = "•\(bullets)"
        }
        let label = "\(base)(\(marker))"
        var text = AkomaNtosoInlineText()
        var nested: [MarkupElement] = []
        for element in point.elements {
            switch element.name {
            case "num": continue
            case "list", "sublist", "blockList":
                for part in element.elements where part.name == "intro" || part.name == "wrapUp" { text.append(part) }
                nested.append(element)
            default: text.append(element)
            }
        }
        emit(label: label, kind: .operative, text: text, offset: point.offset, container: nil)
        for list in nested { readList(list, base: label) }
        return label
    }

    // MARK: Emitting

    private mutating func emitOther(_ text: AkomaNtosoInlineText, offset: Int) {
        let content = text.text
        guard !content.isEmpty else { return }
        otherCount += 1
        lastOther = "P\(otherCount)"
        emit(label: "P\(otherCount)", kind: .other, text: text, offset: offset, container: nil)
    }

    private mutating func emit(label: String, kind: Paragraph.Kind, text: AkomaNtosoInlineText, offset: Int, container: String?) {
        let content = text.text
        if content.isEmpty, kind == .preambular { return }
        paragraphs.append(Paragraph(label: label, kind: kind, text: content, sourceOffset: offset))
        for link in text.links {
            links.append(Hyperlink(paragraph: label, href: link.href, text: link.text, container: container))
        }
    }

    // MARK: Markers

    /// The marker of a `<num>` without its punctuation: `5.` → `5`, `(c)` → `c`, `’2‘` → `2`,
    /// `1 -` → `1`, `㈢` → `三`. Nil for a bullet (`–`, `•`) or an empty number.
    static func marker(_ text: String) -> String? {
        let trimmed = SpaceNormalizer.normalize(text)
        var scalars = String.UnicodeScalarView()
        for scalar in trimmed.unicodeScalars {
            if (0x3220...0x3229).contains(scalar.value) {
                let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
                scalars.append(contentsOf: numerals[Int(scalar.value - 0x3220)].unicodeScalars)
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                scalars.append(scalar)
            } else if scalar == ".", !scalars.isEmpty {
                scalars.append(scalar)  // keep inner dots of "1.1." for now
            }
        }
        var marker = String(scalars)
        while marker.hasSuffix(".") { marker.removeLast() }
        return marker.isEmpty ? nil : marker
    }

    /// An operative number written as text at the start of a paragraph: `13 - يشجع …`, `13. Decides …`.
    static func leadingOperativeNumber(_ text: String) -> (Int, String)? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard (1...3).contains(digits.count), let number = Int(digits), number > 0 else { return nil }
        let rest = text.dropFirst(digits.count)
        for separator in [" - ", " -", ". ", " . "] where rest.hasPrefix(separator) {
            let body = rest.dropFirst(separator.count).drop { $0 == " " }
            guard let first = body.first, !first.isNumber else { return nil }
            return (number, String(body))
        }
        return nil
    }

    /// A sub-item marker at the start of a text (`‘1’ protect …`, `(a) …`, `b) …`, `㈠…`) and the rest.
    static func leadingSubItemMarker(_ text: String) -> (String, String)? {
        guard let first = text.unicodeScalars.first else { return nil }
        if (0x3220...0x3229).contains(first.value), let marker = marker(String(first)) {
            return (marker, SpaceNormalizer.normalize(String(String.UnicodeScalarView(text.unicodeScalars.dropFirst()))))
        }
        let openers: Set<Unicode.Scalar> = ["(", "‘", "’", "（", "'"]
        let closers: Set<Unicode.Scalar> = [")", "’", "‘", "）", "'"]
        let scalars = Array(text.unicodeScalars.prefix(10))
        var index = 0
        if openers.contains(first) { index = 1 }
        let innerStart = index
        while index < scalars.count, scalars[index].properties.isAlphabetic || scalars[index].properties.numericType != nil { index += 1 }
        let innerCount = index - innerStart
        guard innerCount >= 1, innerCount <= 5, index < scalars.count, closers.contains(scalars[index]) else { return nil }
        let inner = String(String.UnicodeScalarView(scalars[innerStart..<index]))
        // Without an opener only short letters or roman numerals: "a)", "iv)"; not "2020)".
        if innerStart == 0, innerCount > 4 { return nil }
        let rest = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(index + 1)))
        return (inner, SpaceNormalizer.normalize(rest))
    }
}
