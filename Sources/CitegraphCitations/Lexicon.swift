import CitegraphDocuments

/// The words of one language that the extractor reads around a citation: the verbs and phrases
/// that set its relation, the words that name a resolution, a report or a letter, and the themes.
///
/// Each language's lexicon is data, kept in its own file under `Lexicons/`. Phrases are matched
/// case-insensitively (ASCII, Latin-1 and Cyrillic capitals), a space in a phrase matches any run of
/// white space, and a phrase ending in `*` matches any word that starts with it (`резолюци*`).
public struct Lexicon: Sendable {
    /// The language the words belong to.
    public var language: Language
    /// Whether words are separated by spaces: phrases then match only at a word's start.
    /// False for Chinese (no spaces) and Arabic (conjunctions and prepositions attach to words).
    public var matchesWordStarts: Bool
    /// Phrases that set the relation of the citations after them in the same clause, nearest first.
    /// Verbs that govern no citation ("Stressing", "Requests") map to `.cites`: they end the reach
    /// of an earlier verb.
    public var relationCues: [(phrase: String, relation: Relation)]
    /// Phrases that set the relation of the citation (or list of citations) right after them only
    /// (`pursuant to`, `in line with`, `established by`); the clause's verb governs what follows.
    public var localCues: [(phrase: String, relation: Relation)]
    /// Words that repeat a local phrase's preposition before a later item (`in accordance with the
    /// Convention … and with resolution 2220 (2015)`): the clause's last local phrase applies again.
    public var localContinuations: [String]
    /// Words that extend a list with a sub-list (`including`, `包括`): what follows keeps the
    /// relation of the citation before, even past other words.
    public var inclusionWords: [String]
    /// How many characters after it a local phrase reaches (`as per the conditions set by
    /// resolution 2391`); for a bracketed symbol, counted to the noun naming the document.
    public var localReach: Int
    /// Words that make the next word a noun (`its requests`, `the calls`), so that it is no verb.
    public var determiners: [String]
    /// Words written right before a resolution number: `resolution`, `resolutions`.
    public var resolutionWords: [String]
    /// Words written right after a resolution number in languages that put them there (`号决议`).
    public var resolutionSuffixes: [String]
    /// Words right before a resolution number that mark a bare number as one (Chinese `第`).
    public var resolutionPrefixes: [String]
    /// Bodies whose resolutions are numbered `session/number` or `year/number`, with the symbol
    /// prefix of those resolutions: `General Assembly` → `A/RES`, `Human Rights Council` →
    /// `A/HRC/RES`, `Economic and Social Council` → `E/RES`. The nearest one written shortly
    /// before `resolution 35/33` names its body; with none, `A/RES`.
    public var resolutionBodies: [(phrase: String, prefix: String)]
    /// Words that may stand between the items of a list of resolutions (`and`, `as well as`, `its`).
    public var listWords: [String]
    /// Words that introduce a theme after a list of resolutions (`on`).
    public var themeIntroducers: [String]
    /// Theme phrases as written, with the theme they name in English.
    public var themes: [(phrase: String, theme: String)]
    /// Whether themes are written before the resolutions (Chinese `关于…的第1325(2000)号决议`).
    public var themesPrecede: Bool
    /// Words between two items of a list that start a new segment of it (`as well as`): a
    /// theme named after the list reaches back only to the segment it closes (`resolutions 1674
    /// (2006) and 1612 (2005), as well as resolutions 1325 (2000) and 1820 (2008) on women, peace and
    /// security`), and one named before it (Chinese) reaches forward only to the end of its segment.
    /// Possessives are no break: `its resolution 2250 (2015) and its resolutions 2419 (2018) and 2535
    /// (2020) on youth, peace and security` puts the theme on all three.
    public var themeListBreaks: [String]
    /// Words that introduce a pinpoint before `of resolution` (`paragraph`, `paragraphs`).
    public var pinpointWords: [String]
    /// The word linking a pinpoint to the resolution (`of`, `de la`), read backwards from `resolution`.
    public var pinpointLinks: [String]
    /// Words naming a report, read before a document symbol.
    public var reportWords: [String]
    /// Words naming a letter, read before a document symbol.
    public var letterWords: [String]
    /// Words before `N (YYYY)` that show it is not a Security Council resolution (`Convention No.`).
    public var nonResolutionWords: [String]

    /// Creates a lexicon.
    public init(
        language: Language, matchesWordStarts: Bool = true, relationCues: [(phrase: String, relation: Relation)],
        localCues: [(phrase: String, relation: Relation)], localContinuations: [String] = [], inclusionWords: [String] = [], localReach: Int = 56,
        determiners: [String],
        resolutionWords: [String], resolutionSuffixes: [String] = [], resolutionPrefixes: [String] = [],
        resolutionBodies: [(phrase: String, prefix: String)], listWords: [String], themeIntroducers: [String],
        themes: [(phrase: String, theme: String)], themesPrecede: Bool = false, themeListBreaks: [String] = [],
        pinpointWords: [String],
        pinpointLinks: [String], reportWords: [String], letterWords: [String], nonResolutionWords: [String]
    ) {
        self.language = language
        self.matchesWordStarts = matchesWordStarts
        self.relationCues = relationCues
        self.localCues = localCues
        self.localContinuations = localContinuations
        self.inclusionWords = inclusionWords
        self.localReach = localReach
        self.determiners = determiners
        self.resolutionWords = resolutionWords
        self.resolutionSuffixes = resolutionSuffixes
        self.resolutionPrefixes = resolutionPrefixes
        self.resolutionBodies = resolutionBodies
        self.listWords = listWords
        self.themeIntroducers = themeIntroducers
        self.themes = themes
        self.themesPrecede = themesPrecede
        self.themeListBreaks = themeListBreaks
        self.pinpointWords = pinpointWords
        self.pinpointLinks = pinpointLinks
        self.reportWords = reportWords
        self.letterWords = letterWords
        self.nonResolutionWords = nonResolutionWords
    }

    /// The lexicon of a language.
    public static func of(_ language: Language) -> Lexicon {
        switch language {
        case .english: .english
        case .french: .french
        case .spanish: .spanish
        case .russian: .russian
        case .arabic: .arabic
        case .chinese: .chinese
        }
    }
}
