extension Lexicon {
    /// English, the language of most Security Council texts and of the UN editors' links.
    ///
    /// Decisions: `consistent with`, `in conformity with`, `as requested by` and `under resolution`
    /// read as `pursuantTo` (the act follows the resolution); `Noting`/`notes` read as `takesNoteOf`;
    /// `extended by`, `renews` and `Decides to extend` read as `extends`.
    public static let english = Lexicon(
        language: .english,
        relationCues: [
            ("recalling", .recalls), ("recalls", .recalls), ("recalled", .recalls), ("recall", .recalls),
            ("reaffirming", .reaffirms), ("reaffirms", .reaffirms), ("reaffirmed", .reaffirms),
            ("reiterating", .reaffirms), ("reiterates", .reaffirms), ("reiterated", .reaffirms),
            ("taking note", .takesNoteOf), ("takes note", .takesNoteOf), ("took note", .takesNoteOf),
            ("noting", .takesNoteOf), ("notes", .takesNoteOf), ("noted", .takesNoteOf),
            ("welcoming", .welcomes), ("welcomes", .welcomes), ("welcomed", .welcomes),
            ("endorsing", .endorses), ("endorses", .endorses), ("endorsed", .endorses),
            ("extend", .extends), ("extends", .extends), ("extended", .extends), ("extending", .extends),
            ("extension", .extends), ("renew", .extends), ("renews", .extends), ("renewed", .extends),
            ("renewal", .extends),
            // Verbs that govern no citation: they end the reach of an earlier verb.
            ("stressing", .cites), ("stresses", .cites), ("underlining", .cites), ("underlines", .cites),
            ("underscoring", .cites), ("underscores", .cites), ("emphasizing", .cites), ("emphasizes", .cites),
            ("emphasising", .cites), ("expressing", .cites), ("expresses", .cites), ("condemning", .cites),
            ("condemns", .cites), ("requests", .cites), ("requesting", .cites), ("decides", .cites),
            ("deciding", .cites), ("calls", .cites), ("calling", .cites), ("urges", .cites), ("urging", .cites),
            ("encourages", .cites), ("encouraging", .cites), ("recognizing", .cites), ("recognizes", .cites),
            ("recognising", .cites), ("acknowledging", .cites), ("acknowledges", .cites),
            ("determining", .cites), ("determines", .cites), ("acting", .cites), ("commending", .cites),
            ("commends", .cites), ("demands", .cites), ("demanding", .cites), ("authorizes", .cites),
            ("authorizing", .cites), ("invites", .cites), ("inviting", .cites), ("affirming", .cites),
            ("affirms", .cites), ("bearing in mind", .cites), ("considering", .cites), ("deploring", .cites),
            ("deplores", .cites), ("regretting", .cites), ("regrets", .cites), ("highlighting", .cites),
            ("highlights", .cites), ("supports", .cites), ("supporting", .cites), ("directs", .cites),
            ("approves", .cites), ("agrees", .cites), ("appreciating", .cites), ("concerned", .cites),
            ("insists", .cites), ("reminds", .cites), ("reminding", .cites),
        ],
        localCues: [
            ("pursuant to", .pursuantTo), ("in accordance with", .pursuantTo), ("in line with", .pursuantTo),
            ("as per", .pursuantTo), ("established by", .pursuantTo), ("established under", .pursuantTo),
            ("established in", .pursuantTo), ("established pursuant to", .pursuantTo), ("consistent with", .pursuantTo),
            ("in conformity with", .pursuantTo), ("in compliance with", .pursuantTo), ("as requested by", .pursuantTo),
            ("as requested in", .pursuantTo), ("under resolution", .pursuantTo), ("under resolutions", .pursuantTo),
            ("mandated by", .pursuantTo), ("in response to", .pursuantTo), ("submitted pursuant to", .pursuantTo), ("mandated in", .pursuantTo), ("created by", .pursuantTo),
            ("extended by", .extends), ("extended in", .extends), ("renewed by", .extends), ("renewed in", .extends),
        ],
        localContinuations: ["and with", "as well as with", "and in accordance with", "and pursuant to"],
        inclusionWords: ["including", "in particular", "notably", "inter alia"],
        determiners: ["its", "the", "his", "her", "their", "a", "an", "these", "those", "such", "this", "our", "all", "any"],
        resolutionWords: ["resolution", "resolutions", "unscr", "scr"],
        resolutionBodies: [
            ("general assembly", "A/RES"), ("assembly", "A/RES"), ("human rights council", "A/HRC/RES"),
            ("economic and social council", "E/RES"), ("ecosoc", "E/RES"),
            // Statements numbered year/number without their symbol: `Presidential Statement 2015/25`.
            ("presidential statement", "S/PRST"), ("prst", "S/PRST"),
        ],
        listWords: ["and", "as", "well", "its", "related", "subsequent", "other", "resolution", "resolutions", "also", "in particular", "including"],
        themeIntroducers: ["on the", "on"],
        themes: [
            ("women, peace and security", "women, peace and security"),
            ("women and peace and security", "women, peace and security"),
            ("youth, peace and security", "youth, peace and security"),
            ("children and armed conflict", "children and armed conflict"),
            ("protection of civilians in armed conflict", "protection of civilians in armed conflict"),
            ("protection of civilians", "protection of civilians in armed conflict"),
            ("peacekeeping", "peacekeeping"),
            ("security sector reform", "security sector reform"),
        ],
        themeListBreaks: ["as well as"],
        pinpointWords: ["paragraphs", "paragraph", "subparagraphs", "subparagraph", "annex", "section"],
        pinpointLinks: ["of"],
        reportWords: ["report", "reports"],
        letterWords: ["letter", "letters"],
        nonResolutionWords: ["no.", "article", "articles", "convention", "protocol", "recommendation", "rule", "rules"]
    )
}
