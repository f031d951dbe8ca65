import CitegraphDocuments

/// Scores the extractor against the hyperlinks the UN's editors put into Akoma Ntoso documents:
/// precision and recall over (source, target) pairs, per language, with every disagreement listed,
/// and how often the relation agrees with the preamble container holding a link (`Recalling`).
public struct ExtractionEvaluation: Sendable {
    /// A (source, target) pair the links and the extractor disagree on.
    public struct Disagreement: Hashable, Sendable, Comparable {
        /// The citing document.
        public var source: String
        /// The cited document.
        public var target: String
        /// The file of the citing document.
        public var file: String
        /// The quote the extractor found (for extra pairs) or the linked text (for missed pairs).
        public var quote: String

        public static func < (lhs: Disagreement, rhs: Disagreement) -> Bool {
            (lhs.source, lhs.target, lhs.file, lhs.quote) < (rhs.source, rhs.target, rhs.file, rhs.quote)
        }
    }

    /// A link whose citation got another relation than its preamble container's verb.
    public struct RelationDisagreement: Hashable, Sendable, Comparable {
        /// The citing document.
        public var source: String
        /// The paragraph label.
        public var paragraph: String
        /// The container name (`Recalling`).
        public var container: String
        /// The cited document.
        public var target: String
        /// The relation the extractor gave.
        public var found: Relation

        public static func < (lhs: RelationDisagreement, rhs: RelationDisagreement) -> Bool {
            (lhs.source, lhs.paragraph, lhs.target) < (rhs.source, rhs.paragraph, rhs.target)
        }
    }

    /// The scores of one language.
    public struct Score: Sendable {
        /// The language scored.
        public var language: Language
        /// Documents scored.
        public var documents = 0
        /// Distinct (source, target) pairs linked by the editors.
        public var linked = 0
        /// Distinct (source, target) pairs found by the extractor.
        public var found = 0
        /// Pairs both linked and found.
        public var agreed = 0
        /// Linked pairs the extractor did not find.
        public var missed: [Disagreement] = []
        /// Found pairs the editors did not link (unlinked citations, or extraction errors).
        public var extra: [Disagreement] = []
        /// Links inside a preamble container named by a relation verb, whose citation was found.
        public var relationsChecked = 0
        /// Of those, how many got the container's relation.
        public var relationsAgreed = 0
        /// The others: the container, and the relation found, with the link's place and text.
        public var relationDisagreements: [RelationDisagreement] = []

        /// Found pairs that are linked, over found pairs.
        public var precision: Double { found == 0 ? 1 : Double(agreed) / Double(found) }
        /// Linked pairs that are found, over linked pairs.
        public var recall: Double { linked == 0 ? 1 : Double(agreed) / Double(linked) }
        /// Relation agreement with preamble containers.
        public var relationAgreement: Double { relationsChecked == 0 ? 1 : Double(relationsAgreed) / Double(relationsChecked) }
    }

    private struct Pair: Hashable {
        var source: String
        var target: String
    }

    private struct Tally {
        var documents = 0
        var linked: [Pair: (file: String, quote: String)] = [:]
        var found: [Pair: (file: String, quote: String)] = [:]
        var relationsChecked = 0
        var relationsAgreed = 0
        var relationDisagreements: [RelationDisagreement] = []
    }

    private var tallies: [Language: Tally] = [:]
    /// The extractor scored.
    public let extractor: CitationExtractor

    /// Creates an empty evaluation of `extractor`.
    public init(extractor: CitationExtractor = CitationExtractor()) {
        self.extractor = extractor
    }

    /// Adds a document and its editors' links. Documents without a symbol are skipped (no source).
    public mutating func add(_ document: Document, hyperlinks: [Hyperlink]) {
        guard let source = document.symbol?.canonical else { return }
        var tally = tallies[document.language] ?? Tally()
        tally.documents += 1
        var linkedTargets: [(Hyperlink, String)] = []
        for link in hyperlinks {
            guard let target = Self.canonicalTarget(href: link.href), target != source else { continue }
            linkedTargets.append((link, target))
            let pair = Pair(source: source, target: target)
            if tally.linked[pair] == nil { tally.linked[pair] = (document.file, link.text) }
        }
        let citations = extractor.citations(in: document)
        for citation in citations {
            let pair = Pair(source: source, target: citation.target.canonical)
            if tally.found[pair] == nil { tally.found[pair] = (document.file, citation.quote) }
        }
        // Relations: a link in a preamble container named by a relation verb.
        for (link, target) in linkedTargets {
            guard let container = link.container,
                let expected = extractor.relation(ofVerb: container, language: document.language),
                [.recalls, .reaffirms, .takesNoteOf, .welcomes].contains(expected)
            else { continue }
            let candidates = citations.filter { $0.paragraph == link.paragraph && $0.target.canonical == target }
            guard !candidates.isEmpty else { continue }
            tally.relationsChecked += 1
            if candidates.contains(where: { $0.relation == expected }) {
                tally.relationsAgreed += 1
            } else if let first = candidates.first {
                tally.relationDisagreements.append(
                    RelationDisagreement(
                        source: source, paragraph: link.paragraph, container: container, target: target, found: first.relation))
            }
        }
        tallies[document.language] = tally
    }

    /// The scores, one per language seen, in language order.
    public var scores: [Score] {
        tallies.keys.sorted().compactMap { language in
            guard let tally = tallies[language] else { return nil }
            var score = Score(language: language)
            score.documents = tally.documents
            score.linked = tally.linked.count
            score.found = tally.found.count
            score.agreed = tally.linked.keys.filter { tally.found[$0] != nil }.count
            score.missed = tally.linked.filter { tally.found[$0.key] == nil }
                .map { Disagreement(source: $0.key.source, target: $0.key.target, file: $0.value.file, quote: $0.value.quote) }
                .sorted()
            score.extra = tally.found.filter { tally.linked[$0.key] == nil }
                .map { Disagreement(source: $0.key.source, target: $0.key.target, file: $0.value.file, quote: $0.value.quote) }
                .sorted()
            score.relationsChecked = tally.relationsChecked
            score.relationsAgreed = tally.relationsAgreed
            score.relationDisagreements = tally.relationDisagreements.sorted()
            return score
        }
    }

    /// The canonical symbol an `undocs.org` link points to, or nil for links that name no document.
    ///
    /// Shapes seen in the corpus: `https://undocs.org/en/S/RES/2436(2018)`, `…/S/RES/2436 (2018)`,
    /// `%20` escapes, `S/Res/…`, `…/S/PRST/2018/10`, `…/A/RES/70/1`, `…/S/2020/476`, no language part.
    /// Broken links (`S/RES/` with no year, local `file:` paths) name no document.
    public static func canonicalTarget(href: String) -> String? {
        var text = href.trimmingWhitespace
        for prefix in ["https://", "http://"] where text.lowercased().hasPrefix(prefix) { text.removeFirst(prefix.count) }
        guard text.lowercased().hasPrefix("undocs.org/") else { return nil }
        text.removeFirst("undocs.org/".count)
        for language in ["en/", "ar/", "ch/", "zh/", "es/", "sp/", "fr/", "ru/"] where text.lowercased().hasPrefix(language) {
            text.removeFirst(language.count)
            break
        }
        text = text.removingPercentEscapes.uppercased().filter { !$0.isWhitespace }
        while text.hasPrefix("/") { text.removeFirst() }
        while let last = text.last, last == "." || last == ";" { text.removeLast() }
        guard let symbol = DocumentSymbol(parsing: text) else { return nil }
        if symbol.canonical.hasPrefix("S/RES/"), symbol.kind != .securityCouncilResolution { return nil }
        guard symbol.canonical.contains(where: \.isNumber),
            symbol.canonical.allSatisfy({ $0.isLetter || $0.isNumber || "/.-() ".contains($0) })
        else { return nil }
        return symbol.canonical
    }
}

extension String {
    fileprivate var trimmingWhitespace: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }

    /// `%20` and other percent escapes decoded (invalid escapes are kept as written).
    fileprivate var removingPercentEscapes: String {
        var bytes: [UInt8] = []
        var utf8 = Array(self.utf8)[...]
        while let byte = utf8.first {
            utf8 = utf8.dropFirst()
            if byte == UInt8(ascii: "%"), utf8.count >= 2,
                let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
