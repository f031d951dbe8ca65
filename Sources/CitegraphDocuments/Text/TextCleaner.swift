/// Cleans messy text from PDF extraction and Markdown conversion into paragraphs.
///
/// What it does, in order:
/// 1. cleans each line (`LineCleaner`): Markdown emphasis, headings, links, escapes and bullets,
///    `<sup>` footnote markers, LaTeX debris, odd spaces and full-width digits;
/// 2. removes page furniture (`PageFurniture`): footers `20-08599 3/18`, job numbers, bar codes,
///    repeated `https://undocs.org/…` link lines, rules and symbol-only page headers — kept as hints
///    in `CleanedText.removedLines`, never as text, so a link line cannot produce a second citation;
/// 3. rebuilds paragraphs: lines wrapped by the PDF (at ~80 columns, across blank lines and page
///    footers) are joined; a new paragraph starts at a heading, a numbered or lettered marker, a
///    bullet, or after a line ending a clause; words hyphenated across lines are joined
///    (`peace-\nkeeping` → `peacekeeping`) unless the next part is capitalised (`non-\nState` →
///    `non-State`) or the first part is a prefix that keeps its hyphen (`self-`, `non-`, `co-`, …);
///    Chinese and Japanese text is joined without a space.
public struct TextCleaner: Sendable {
    /// The shortest line that counts as wrapped when it ends without punctuation.
    public var wrappedLineLength: Int

    /// Creates a cleaner.
    public init(wrappedLineLength: Int = 60) {
        self.wrappedLineLength = wrappedLineLength
    }

    /// Cleans a text.
    public func clean(_ text: String) -> CleanedText {
        var copy = text
        return copy.withUTF8 { clean(bytes: $0) }
    }

    /// Cleans UTF-8 bytes (invalid sequences must already have been replaced).
    func clean(bytes: UnsafeBufferPointer<UInt8>) -> CleanedText {
        let vocabulary = Vocabulary(bytes)
        // 1–2: lines, cleaned and classified; blank lines and furniture separate blocks.
        var blocks: [Block] = []
        var current: Block?
        var removed: [CleanedText.RemovedLine] = []
        var start = 0
        // A line holding only a symbol is a page header at the top of the text or of a page (after a
        // footer or a form feed); elsewhere it is a reference written on its own line (the annex of
        // S/PRST/2018/18 lists `S/PRST/1995/49` above each quoted passage).
        var textLines = 0
        var atPageTop = true
        var pageBreakBefore = false
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            var lineEnd = end
            if lineEnd > start, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            if lineEnd > start, bytes[start] == 0x0C { atPageTop = true }
            let line = LineCleaner.clean(bytes, range: start..<lineEnd)
            start = end + 1
            if line.text.isEmpty {
                if let block = current { blocks.append(block) }
                current = nil
                continue
            }
            let string = line.text.string
            var furniture = PageFurniture.classify(string)
            if furniture == .symbolHeader, !atPageTop, textLines >= 8, PageFurniture.isBareSymbol(string) { furniture = nil }
            if let furniture {
                atPageTop = furniture != .symbolHeader
                if let block = current { blocks.append(block) }
                current = nil
                removed.append(CleanedText.RemovedLine(kind: furniture, text: string, originalOffset: line.original, beforeParagraph: blocks.count))
                pageBreakBefore = true
                continue
            }
            textLines += 1
            atPageTop = false
            if current?.isHeading == false, !line.isHeading, !line.hadBullet, !Self.startsWithMarker(string) {
                // Joined in place: a copy taken out of `current` would share its buffers, and each join
                // would then copy the whole block (quadratic time on a block of many lines).
                current!.join(line, string: string, vocabulary: vocabulary)
            } else {
                if let block = current { blocks.append(block) }
                current = Block(line: line, string: string)
                current?.followsPageBreak = pageBreakBefore
                pageBreakBefore = false
            }
        }
        if let block = current { blocks.append(block) }

        // 3: merge blocks separated by blank lines or page furniture when one continues the other.
        let indentStyle = Self.usesIndentedParagraphs(blocks)
        var merged: [Block] = []
        var removedIndex = 0
        var mapping: [Int] = []  // block index → merged index
        for block in blocks {
            let continuesPrevious = merged.last.map { continues($0, with: block, indentStyle: indentStyle) } ?? false
            if continuesPrevious {
                merged[merged.count - 1].join(block, vocabulary: vocabulary)  // in place, as above
            } else {
                merged.append(block)
            }
            mapping.append(merged.count - 1)
        }
        // Re-point removed lines at merged paragraphs.
        for index in removed.indices {
            let before = removed[index].beforeParagraph
            removed[index].beforeParagraph = before < mapping.count ? mapping[before] : merged.count
            removedIndex += 1
        }
        return CleanedText(paragraphs: merged.map { ($0.text, $0.isHeading, $0.hadBullet) }, removedLines: removed)
    }

    // MARK: Blocks

    struct Block {
        var text: MappedText
        var isHeading: Bool
        var hadBullet: Bool
        /// Page furniture (a footer, a header) stands between this block and the one before.
        var followsPageBreak = false
        var indent: Int
        var lastLineLength: Int
        var firstScalar: Unicode.Scalar?
        var lastScalars: [Unicode.Scalar]  // up to three, in order
        /// The last line holds Chinese or Japanese characters: a PDF cuts such lines at a fixed
        /// width, inside numbers and symbols too (`2332(2` | `016)`), so they join without a space.
        var lastLineIsCJK: Bool

        init(line: CleanedLine, string: String) {
            text = line.text
            isHeading = line.isHeading
            hadBullet = line.hadBullet
            indent = line.indent
            lastLineLength = string.unicodeScalars.count
            firstScalar = string.unicodeScalars.first
            lastScalars = Array(string.unicodeScalars.suffix(3))
            lastLineIsCJK = string.unicodeScalars.contains(where: TextCleaner.isCJK)
        }

        /// Joins the next line of the same block.
        mutating func join(_ line: CleanedLine, string: String, vocabulary: Vocabulary) {
            TextCleaner.join(
                &text, lastScalars: lastScalars, lastLineIsCJK: lastLineIsCJK, next: line.text, nextFirst: string.unicodeScalars.first,
                vocabulary: vocabulary)
            lastLineLength = string.unicodeScalars.count
            lastLineIsCJK = string.unicodeScalars.contains(where: TextCleaner.isCJK)
            lastScalars = Array((lastScalars + Array(string.unicodeScalars.suffix(3))).suffix(3))
        }

        /// Joins a following block.
        mutating func join(_ other: Block, vocabulary: Vocabulary) {
            TextCleaner.join(
                &text, lastScalars: lastScalars, lastLineIsCJK: lastLineIsCJK, next: other.text, nextFirst: other.firstScalar,
                vocabulary: vocabulary)
            lastLineLength = other.lastLineLength
            lastLineIsCJK = other.lastLineIsCJK
            lastScalars = Array((lastScalars + other.lastScalars).suffix(3))
        }
    }

    /// Prefixes that keep their hyphen at a line break (`self-\ndefence` → `self-defence`).
    static let hyphenKeepingPrefixes: Set<String> = ["self", "non", "co", "ex", "all", "cross", "well", "long", "short", "full", "follow", "post", "pre", "anti", "inter", "multi", "sub", "re", "de", "counter"]

    static func join(
        _ text: inout MappedText, lastScalars: [Unicode.Scalar], lastLineIsCJK: Bool, next: MappedText, nextFirst: Unicode.Scalar?,
        vocabulary: Vocabulary
    ) {
        guard let last = lastScalars.last, let nextFirst else {
            text.append(next)
            return
        }
        let anchor = next.firstOriginal ?? 0
        if last == "-", lastScalars.count >= 2, lastScalars[lastScalars.count - 2].properties.isAlphabetic {
            if nextFirst.properties.isLowercase {
                let left = lastWord(of: text).lowercased()
                let right = firstWord(of: next).lowercased()
                // The document itself decides: "peacekeeping" elsewhere joins "peace-|keeping";
                // "cost-effective" elsewhere keeps "cost-|effective". Without evidence, two parts that
                // whose second part is a word of its own ("cost-|effective") or whose first is a prefix ("self-") keep the hyphen,
                // and a broken word ("Terri-|tory") is joined.
                let joined = vocabulary.contains(left + right)
                let hyphenated = vocabulary.contains(left + "-" + right)
                let compound = hyphenKeepingPrefixes.contains(left) || (right.count >= 4 && vocabulary.contains(right))
                if joined && !hyphenated || !joined && !hyphenated && !compound {
                    text.removeLast(1)
                }
            }
            text.append(next)
            return
        }
        if isCJK(last) || isCJK(nextFirst) || lastLineIsCJK && !last.properties.isWhitespace {
            text.append(next)
            return
        }
        text.appendInserted(" ", original: anchor)
        text.append(next)
    }

    private static func firstWord(of text: MappedText) -> String {
        let word = text.bytes.prefix { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) }
        return String(decoding: word, as: UTF8.self)
    }

    private static func lastWord(of text: MappedText) -> String {
        let bytes = text.bytes
        var end = bytes.count
        if end > 0, bytes[end - 1] == UInt8(ascii: "-") { end -= 1 }
        var start = end
        // A word is looked for in the last 64 bytes only: a block with no space must not be scanned
        // back to its start at every hyphenated line.
        while start > 0, end - start < 64, bytes[start - 1] != 0x20, bytes[start - 1] != UInt8(ascii: "-") { start -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The lower-cased ASCII words of a text, hyphenated compounds included, as evidence for joining
    /// words hyphenated across lines.
    struct Vocabulary {
        private var words: Set<String> = []

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            var current: [UInt8] = []
            var fragmentFollows = false
            func flush() {
                defer { current.removeAll(keepingCapacity: true) }
                if current.last == UInt8(ascii: "-") {
                    // "peace-" at a line end and "keeping" on the next line are fragments, not words.
                    fragmentFollows = true
                    return
                }
                if fragmentFollows {
                    fragmentFollows = false
                    return
                }
                if current.count >= 3 { words.insert(String(decoding: current, as: UTF8.self)) }
            }
            for byte in bytes {
                if byte >= 0x61 && byte <= 0x7A {
                    current.append(byte)
                } else if byte >= 0x41 && byte <= 0x5A {
                    current.append(byte | 0x20)
                } else if byte == UInt8(ascii: "-"), !current.isEmpty, current.last != UInt8(ascii: "-") {
                    current.append(byte)
                } else if !current.isEmpty {
                    flush()
                }
            }
            flush()
        }

        func contains(_ word: String) -> Bool { words.contains(word) }
    }

    // MARK: Paragraph boundaries

    func continues(_ previous: Block, with next: Block, indentStyle: Bool) -> Bool {
        if previous.isHeading || next.isHeading || next.hadBullet { return false }
        let nextString = String(decoding: next.text.bytes.prefix(24), as: UTF8.self)
        if Self.startsWithMarker(nextString) { return false }
        guard let first = next.firstScalar, let last = previous.lastScalars.last else { return false }
        let endsClause = Self.endsClause(last)
        // The enacting formula stands alone: `The Security Council,` | `ссылаясь …`.
        if Self.isFormula(previous) || Self.isFormula(next) { return false }
        // The adoption line stands alone too, also where the formula is missing (Arabic S/RES/2599 (2021):
        // `الذي اتخذه مجلس الأمن في جلسته 8870 المعقودة في 30 أيلول/سبتمبر 2021` | `إذ يشير إلى قراره 1970 (2011) …`).
        if previous.text.bytes.count <= 300, DocumentTextPatterns.isAdoptionLine(previous.text.string),
            DocumentTextPatterns.meeting(in: previous.text.string) != nil
        {
            return false
        }
        if first.properties.isLowercase {
            // Russian preambular paragraphs start in lower case after a comma (`ссылаясь на …,` |
            // `определяя, что …`): across a blank line, with no page break, that is a new paragraph.
            let cyrillic = (0x400...0x4FF).contains(first.value)
            return !(cyrillic && !next.followsPageBreak && (last == "," || last == ";"))
        }
        if previous.lastLineIsCJK, next.followsPageBreak, !Self.isCJK(last) || !Self.isCJK(first), previous.lastLineLength >= 30,
            !"。；：，.;:,!?！？".unicodeScalars.contains(last)
        {
            // A Chinese line cut at a page break inside a number, a symbol or a list: `…2332(2` |
            // `016)、…`, `…(S/PRST/2011/16)` | `、2012年…`.
            return !first.properties.isWhitespace
        }
        if Self.isCJK(first) || Self.isCJK(last) {
            // Chinese lines carry no case: continue a long line cut without punctuation, unless the
            // next block is a short label ("反对：").
            let nextIsLabel = next.lastLineLength <= 12 && next.lastScalars.last.map { $0 == "：" || $0 == ":" } == true
            return Self.isCJK(last) && !endsClause && Self.isCJK(first) && previous.lastLineLength >= (next.followsPageBreak ? 30 : 45) && !nextIsLabel
        }

        if endsClause { return false }
        if indentStyle { return next.indent == 0 && previous.lastLineLength >= wrappedLineLength / 2 }
        return previous.lastLineLength >= wrappedLineLength
    }

    /// Whether a block is the enacting formula; only short blocks are looked at, so that merging stays linear.
    static func isFormula(_ block: Block) -> Bool {
        block.text.bytes.count <= 120 && DocumentTextPatterns.isFormula(block.text.string)
    }

    /// Characters that end a clause or a paragraph: after one, a capitalised line starts a new paragraph.
    static func endsClause(_ scalar: Unicode.Scalar) -> Bool {
        ".;:,!?)]”\"’»。；：，、）」』!?،؛".unicodeScalars.contains(scalar)
    }

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3000...0x303F, 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF: return true
        default: return false
        }
    }

    /// Whether a paragraph starts with an operative number (`12.`), a sub-item marker (`(a)`, `b)`, `(iv)`,
    /// `‘1’`, `(أ)`) or a Chinese enumeration (`㈠`, `(一)`).
    static func startsWithMarker(_ text: String) -> Bool {
        ParagraphMarker.parse(text) != nil
    }

    /// Whether paragraphs are told apart by indentation (PDF text where each paragraph's first line is
    /// indented and wrapped lines are not).
    static func usesIndentedParagraphs(_ blocks: [Block]) -> Bool {
        guard blocks.count >= 10 else { return false }
        let indented = blocks.filter { $0.indent > 0 }.count
        let share = Double(indented) / Double(blocks.count)
        return share >= 0.15 && share <= 0.85
    }
}
