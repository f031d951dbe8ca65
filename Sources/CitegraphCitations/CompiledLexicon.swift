import CitegraphDocuments

/// A lexicon turned into phrase tables, built once per language.
final class CompiledLexicon: Sendable {
    /// A relation cue: a clause's verb, or a phrase that governs only the citation right after it.
    struct Cue: Sendable {
        enum Kind: Sendable { case verb, local, inclusion }
        var relation: Relation
        var kind: Kind
    }

    let lexicon: Lexicon
    let cues: PhraseTable<Cue>
    let determiners: PhraseTable<Bool>
    let localContinuations: PhraseTable<Bool>
    let resolutionWords: PhraseTable<Bool>
    let resolutionPrefixes: PhraseTable<Bool>
    let resolutionSuffixes: PhraseTable<Bool>
    let resolutionBodies: PhraseTable<String>
    let listWords: PhraseTable<Bool>
    let themeIntroducers: PhraseTable<Bool>
    let themes: PhraseTable<String>
    let themeListBreaks: PhraseTable<Bool>
    let pinpointWords: PhraseTable<Bool>
    let pinpointLinks: PhraseTable<Bool>
    let documentWords: PhraseTable<DocumentKind>
    let nonResolutionWords: PhraseTable<Bool>

    init(_ lexicon: Lexicon) {
        self.lexicon = lexicon
        let words = lexicon.matchesWordStarts
        func set(_ list: [String]) -> PhraseTable<Bool> { PhraseTable(list.map { ($0, true) }, checksWordEnd: words) }
        cues = PhraseTable(
            lexicon.relationCues.map { ($0.phrase, Cue(relation: $0.relation, kind: .verb)) }
                + lexicon.localCues.map { ($0.phrase, Cue(relation: $0.relation, kind: .local)) }
                + lexicon.inclusionWords.map { ($0, Cue(relation: .cites, kind: .inclusion)) },
            checksWordEnd: words)
        determiners = set(lexicon.determiners)
        localContinuations = set(lexicon.localContinuations)
        resolutionWords = set(lexicon.resolutionWords)
        resolutionPrefixes = set(lexicon.resolutionPrefixes)
        resolutionSuffixes = set(lexicon.resolutionSuffixes)
        resolutionBodies = PhraseTable(lexicon.resolutionBodies.map { ($0.phrase, $0.prefix) }, checksWordEnd: words)
        listWords = set(lexicon.listWords)
        themeIntroducers = set(lexicon.themeIntroducers)
        themes = PhraseTable(lexicon.themes.map { ($0.phrase, $0.theme) }, checksWordEnd: words)
        themeListBreaks = set(lexicon.themeListBreaks)
        pinpointWords = set(lexicon.pinpointWords)
        pinpointLinks = set(lexicon.pinpointLinks)
        documentWords = PhraseTable(
            lexicon.reportWords.map { ($0, DocumentKind.report) } + lexicon.letterWords.map { ($0, DocumentKind.letter) },
            checksWordEnd: words)
        nonResolutionWords = set(lexicon.nonResolutionWords)
    }

    /// The compiled lexicons of the six languages.
    static let all: [Language: CompiledLexicon] = {
        var result: [Language: CompiledLexicon] = [:]
        for language in Language.allCases { result[language] = CompiledLexicon(Lexicon.of(language)) }
        return result
    }()
}
