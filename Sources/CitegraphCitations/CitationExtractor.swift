import CitegraphDocuments

/// Finds the citations in UN texts: Security Council and General Assembly resolutions, presidential
/// statements and document symbols, each with the relation its clause gives it, a pinpoint and a
/// theme where written, and a flag when its year contradicts the resolution year table.
///
/// One linear pass over the UTF-8 bytes of a text finds the citations; short windows around each
/// read the words that qualify it. No regular expressions.
public struct CitationExtractor: Sendable {
    /// The table that fills in missing years and checks written ones.
    public let yearTable: ResolutionYearTable

    /// Creates an extractor.
    public init(yearTable: ResolutionYearTable = .standard) {
        self.yearTable = yearTable
    }

    /// The citations in every paragraph of `document`, in order. A document citing itself (the
    /// title of a resolution, `Resolution 2518 (2020)`) is not a citation.
    public func citations(in document: Document) -> [Citation] {
        var result: [Citation] = []
        for paragraph in document.paragraphs {
            for match in matches(in: paragraph.text, language: document.language) {
                if let source = document.symbol, source.canonical == match.target.canonical { continue }
                var match = match
                if !match.suspect, let adopted = match.target.resolutionNumber.flatMap(yearTable.year(ofResolution:)),
                    let citingYear = document.symbol?.year ?? document.date.flatMap({ Int($0.prefix(4)) }), adopted > citingYear,
                    !match.quote.contains(String(adopted))
                {
                    // A number without a year that the table places after the citing document: another body's resolution.
                    match.suspect = true
                    match.suspectReason = "the year table puts resolution \(match.target.resolutionNumber ?? 0) in \(adopted), after this document (\(citingYear))"
                }
                result.append(
                    Citation(
                        source: document.symbol, target: match.target, relation: match.relation,
                        language: document.language, file: document.file, paragraph: paragraph.label, quote: match.quote,
                        pinpoint: match.pinpoint, theme: match.theme, suspect: match.suspect,
                        suspectReason: match.suspectReason))
            }
        }
        return result
    }

    /// The relation a verb or phrase sets when it opens a clause (`Recalling` → `.recalls`,
    /// `Prenant note` → `.takesNoteOf`), or nil when it sets none.
    public func relation(ofVerb text: String, language: Language) -> Relation? {
        guard let lexicon = CompiledLexicon.all[language] else { return nil }
        var text = text
        return text.withUTF8 { bytes in
            var start = 0
            while start < bytes.count, !Scalars.isLetter(Scalars.decode(bytes, start).scalar) { start += 1 }
            return lexicon.cues.match(bytes, at: start, limit: bytes.count)?.value.relation
        }
    }

    /// The citations written in `text`, in order of appearance.
    public func matches(in text: String, language: Language) -> [CitationMatch] {
        var text = text
        return text.withUTF8 { bytes in matches(inUTF8: bytes, language: language) }
    }

    /// The citations in UTF-8 bytes, in order of appearance; ranges are byte offsets into `bytes`.
    public func matches(inUTF8 bytes: UnsafeBufferPointer<UInt8>, language: Language) -> [CitationMatch] {
        guard let lexicon = CompiledLexicon.all[language] else { return [] }
        var scanner = MentionScanner(bytes: bytes, lexicon: lexicon, table: yearTable)
        scanner.scan()
        let mentions = scanner.mentions
        guard !mentions.isEmpty else { return [] }
        let relations = ClauseReader.relations(of: mentions, scanner: scanner)
        let themes = ClauseReader.themes(of: mentions, scanner: scanner)
        var result: [CitationMatch] = []
        result.reserveCapacity(mentions.count)
        for (index, mention) in mentions.enumerated() {
            let quote = String(decoding: UnsafeBufferPointer(rebasing: bytes[mention.quoteStart..<mention.end]), as: UTF8.self)
            result.append(
                CitationMatch(
                    target: mention.target, relation: relations[index], quote: quote,
                    range: mention.quoteStart..<mention.end,
                    pinpoint: mention.kind == .document ? nil : ClauseReader.pinpoint(of: mention, scanner: scanner),
                    theme: themes[index], suspect: mention.suspectReason != nil, suspectReason: mention.suspectReason))
        }
        return result
    }
}
