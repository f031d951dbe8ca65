/// Reads plain-text and Markdown UN documents (PDF extractions, the CR-UNSC texts) into documents.
///
/// A file may hold several documents: a President's letter with the resolution annexed is read as
/// the letter (kind `.letter`, its own symbol when a page header shows it, its own language) and the
/// resolution (kind `.securityCouncilResolution`, in the language of the annexed text). Each paragraph
/// belongs to the document whose text holds it; cover-page lines (`Distr.: General`, `Original: English`)
/// and the enacting formula are identity, not paragraphs.
public enum PlainTextReader {
    /// Reads the documents in a text.
    public static func read(text: String, file: String) throws(DocumentReadError) -> [Document] {
        try readFile(text: text, file: file).documents
    }

    /// Reads the documents in a text, with the guesses made on the way.
    public static func readFile(text: String, file: String) throws(DocumentReadError) -> FileReadResult {
        let cleaned = TextCleaner().clean(text)
        let paragraphs = cleaned.paragraphs
        guard !paragraphs.isEmpty else { throw DocumentReadError(file: file, problem: .noContent) }

        // Where resolutions start: their heading, and the cover lines just before it.
        var starts: [(cover: Int, heading: Int, value: ResolutionHeading)] = []
        for (index, paragraph) in paragraphs.enumerated() {
            guard let heading = ResolutionHeading.parse(paragraph.text) else { continue }
            var cover = index
            let floor = starts.last.map { $0.heading + 1 } ?? 0
            while cover > floor, DocumentTextPatterns.isCoverLine(paragraphs[cover - 1].text) { cover -= 1 }
            // An all-capitals subject line right before an old heading is the resolution's title.
            if cover > floor, isSubjectLine(paragraphs[cover - 1].text), ResolutionHeading.parse(paragraphs[cover - 1].text) == nil { cover -= 1 }
            starts.append((cover, index, heading))
        }

        var documents: [Document] = []
        var warnings: [DocumentReadWarning] = []
        let firstStart = starts.first?.cover ?? paragraphs.count
        let leading = Array(paragraphs[0..<firstStart])
        var letterTitle: String?
        if hasBody(leading) {
            if leading.contains(where: { DocumentTextPatterns.isLetterHeading($0.text) }) {
                let letter = readLetter(leading, cleaned: cleaned, range: 0..<firstStart, file: file)
                letterTitle = letter.title
                documents.append(letter)
            } else if !starts.isEmpty {
                // Text before the heading that is no letter: the end of another document printed on the same page.
                warnings.append(DocumentReadWarning(
                    file: file, kind: .metadataFallback,
                    detail: "skipped \(leading.count) paragraph(s) before the resolution heading that belong to no letter (the end of another document)"))
            }
        }
        for (position, start) in starts.enumerated() {
            let end = position + 1 < starts.count ? starts[position + 1].cover : paragraphs.count
            let resolution = readResolution(
                Array(paragraphs[start.cover..<end]), headingIndex: start.heading - start.cover, heading: start.value,
                file: file, title: letterTitle)
            // A heading at the very end of a page with no text under it starts a document printed elsewhere.
            if position > 0, !resolution.paragraphs.contains(where: { $0.kind != .other }), resolution.paragraphs.count <= 2 {
                warnings.append(DocumentReadWarning(
                    file: file, kind: .metadataFallback,
                    detail: "skipped the heading of \(resolution.symbol?.canonical ?? "a resolution") with no text under it"))
                continue
            }
            documents.append(resolution)
        }
        if documents.isEmpty {
            // No resolution heading and no letter: one document of other text.
            let document = readUnknown(paragraphs, cleaned: cleaned, file: file)
            warnings.append(DocumentReadWarning(file: file, kind: .metadataFallback, detail: "no resolution heading or letter found; read as one document without a symbol"))
            documents.append(document)
        }
        return FileReadResult(documents: documents, warnings: warnings)
    }

    // MARK: Resolutions

    private static func readResolution(_ paragraphs: [CleanedText.Paragraph], headingIndex: Int, heading: ResolutionHeading, file: String, title: String?) -> Document {
        var date: String?
        var meeting: Int?
        var subject: String?
        var bodyStart = headingIndex + 1
        // Cover and heading lines: subject, date and meeting. The cover's date (`27 de junio de 2022`)
        // stands in when no adoption line gives one (the Spanish S/RES/2639 (2022) has none).
        var coverDate: String?
        for paragraph in paragraphs[0...headingIndex] {
            if coverDate == nil, DocumentTextPatterns.isCoverLine(paragraph.text) { coverDate = DateText.firstDate(in: paragraph.text) }
            if isSubjectLine(paragraph.text), ResolutionHeading.parse(paragraph.text) == nil { subject = subject ?? titleCased(paragraph.text) }
            if date == nil, DocumentTextPatterns.isAdoptionLine(paragraph.text) || ResolutionHeading.parse(paragraph.text) != nil {
                date = DateText.firstDate(in: paragraph.text)
            }
            meeting = meeting ?? DocumentTextPatterns.meeting(in: paragraph.text)
        }
        // The adoption line and the formula follow the heading.
        var index = headingIndex + 1
        while index < paragraphs.count, index <= headingIndex + 4 {
            let text = paragraphs[index].text
            if DocumentTextPatterns.isFormula(text) {
                bodyStart = index + 1
                break
            }
            // An adoption line is short; a preambular paragraph may hold the word too (S/RES/2377 (2017):
            // "Welcoming … the Final Agreement …, adopted by the Colombian Congress on 30 November 2016,").
            let isAdoption = text.unicodeScalars.count <= 240 && DocumentTextPatterns.isAdoptionLine(text)
            if isAdoption || DocumentTextPatterns.isCoverLine(text) || text.hasPrefix("[S/") {
                if isAdoption {
                    date = DateText.firstDate(in: text) ?? date
                    meeting = DocumentTextPatterns.meeting(in: text) ?? meeting
                }
                bodyStart = index + 1
                // PDF text may run the formula into the adoption line: "… on 14 September 2017 The Security Council,".
                if isAdoption, DocumentTextPatterns.endsWithFormula(text) { break }
                index += 1
                continue
            }
            break
        }
        var labeler = ResolutionParagraphLabeler(preambleStarted: true)
        for paragraph in paragraphs[bodyStart...] {
            labeler.add(paragraph)
            // Old texts give the meeting at the end: "Adopted at the 2nd meeting".
            if meeting == nil, paragraph.text.count < 200, DocumentTextPatterns.isAdoptionLine(paragraph.text) {
                meeting = DocumentTextPatterns.meeting(in: paragraph.text)
            }
        }
        date = date ?? coverDate
        let body = labeler.paragraphs
        let language = LanguageDetector.detect(body.filter { $0.kind != .other }.prefix(12).map(\.text).joined(separator: " "))
            ?? LanguageDetector.detect(body.map(\.text).joined(separator: " ")) ?? .english
        return Document(
            symbol: .securityCouncilResolution(heading.number, year: correctedYear(heading, date: date)), kind: .securityCouncilResolution,
            date: date, meeting: meeting, title: title ?? subject, language: language, file: file, paragraphs: body)
    }

    /// The heading's year, or the year table's when the heading has a typo the adoption date confirms
    /// (the Spanish S/RES/2639 (2022), adopted on 30 June 2022, is headed `Resolución 2639 (2002)`).
    static func correctedYear(_ heading: ResolutionHeading, date: String?) -> Int {
        let table = ResolutionYearTable.standard
        guard !table.isConsistent(resolution: heading.number, year: heading.year), let known = table.year(ofResolution: heading.number),
            let adopted = date.flatMap({ Int($0.prefix(4)) }), adopted == known
        else { return heading.year }
        return known
    }

    // MARK: Letters

    private static func readLetter(_ paragraphs: [CleanedText.Paragraph], cleaned: CleanedText, range: Range<Int>, file: String) -> Document {
        // The letter's own symbol: a page header inside the letter that is not a resolution's.
        let symbol = cleaned.removedLines
            .filter { $0.kind == .symbolHeader && $0.beforeParagraph <= range.upperBound }
            .compactMap { PageFurniture.headerSymbol($0.text).flatMap(DocumentSymbol.init(parsing:)) }
            .first { $0.kind != .securityCouncilResolution }
        var date: String?
        for paragraph in paragraphs where DocumentTextPatterns.isLetterHeading(paragraph.text) {
            date = DateText.firstDate(in: paragraph.text)
            if date != nil { break }
        }
        if date == nil {
            date = paragraphs.first { $0.text.lowercased().hasPrefix("distr.") || $0.text.lowercased().contains("distr.: general") }
                .flatMap { DateText.firstDate(in: $0.text) }
        }
        var body: [Paragraph] = []
        var title: String?
        for paragraph in paragraphs where !DocumentTextPatterns.isCoverLine(paragraph.text) {
            body.append(Paragraph(label: "P\(body.count + 1)", kind: .other, text: paragraph.text, sourceOffset: paragraph.originalOffset))
            title = title ?? DocumentTextPatterns.agendaItem(in: paragraph.text)
        }
        let language = LanguageDetector.detect(body.map(\.text).joined(separator: " ")) ?? .english
        return Document(
            symbol: symbol.map { DocumentSymbol(canonical: $0.canonical, kind: .letter) }, kind: .letter, date: date,
            meeting: nil, title: title, language: language, file: file, paragraphs: body)
    }

    // MARK: Anything else

    private static func readUnknown(_ paragraphs: [CleanedText.Paragraph], cleaned: CleanedText, file: String) -> Document {
        let body = paragraphs.enumerated().map { index, paragraph in
            Paragraph(label: "P\(index + 1)", kind: .other, text: paragraph.text, sourceOffset: paragraph.originalOffset)
        }
        let symbol = cleaned.removedLines.first { $0.kind == .symbolHeader }.flatMap { PageFurniture.headerSymbol($0.text) }.flatMap(DocumentSymbol.init(parsing:))
        let language = LanguageDetector.detect(body.map(\.text).joined(separator: " ")) ?? .english
        let date = paragraphs.prefix(10).lazy.compactMap { DateText.firstDate(in: $0.text) }.first
        return Document(symbol: symbol, kind: symbol?.kind ?? .other, date: date, language: language, file: file, paragraphs: body)
    }

    // MARK: Helpers

    /// Whether the paragraphs before a resolution hold a letter's body rather than cover lines only.
    private static func hasBody(_ paragraphs: [CleanedText.Paragraph]) -> Bool {
        paragraphs.contains { !DocumentTextPatterns.isCoverLine($0.text) && !isSubjectLine($0.text) && $0.text.count >= 60 }
    }

    /// An all-capitals subject line of the old texts: `MILITARY STAFF COMMITTEE`.
    private static func isSubjectLine(_ text: String) -> Bool {
        guard text.utf8.count <= 120 else { return false }
        let letters = text.filter(\.isLetter)
        return letters.count >= 4 && letters.allSatisfy { $0.isUppercase } && letters.allSatisfy(\.isASCII)
    }

    /// `MILITARY STAFF COMMITTEE` → `Military Staff Committee`.
    private static func titleCased(_ text: String) -> String {
        let small: Set<Substring> = ["of", "and", "the", "in", "on", "for", "to", "a", "an", "by", "with"]
        let words = text.lowercased().split(separator: " ")
        return words.enumerated().map { index, word in
            index > 0 && small.contains(word) ? String(word) : word.prefix(1).uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }
}
