extension Lexicon {
    /// Chinese: `第2250号决议`, `第1779(2007)、1841(2008)…和2676(2023)号决议` (one `号决议` for a
    /// whole list), `大会…第70/1号决议`, `第 2594(2021)号决议`; `回顾`, `重申`, `根据`, `按照`,
    /// `注意到`, `欢迎`. No spaces between words: phrases are matched anywhere. Themes come before
    /// the resolutions: `关于妇女与和平与安全的第1325(2000)号决议`.
    public static let chinese = Lexicon(
        language: .chinese, matchesWordStarts: false,
        relationCues: [
            ("回顾", .recalls), ("忆及", .recalls),
            ("重申", .reaffirms), ("再次申明", .reaffirms), ("再次重申", .reaffirms), ("重次申明", .reaffirms),
            ("注意到", .takesNoteOf), ("表示注意到", .takesNoteOf), ("表示注意", .takesNoteOf),
            ("欢迎", .welcomes), ("表示欢迎", .welcomes),
            ("赞同", .endorses), ("核可", .endorses),
            ("延长", .extends), ("延期", .extends), ("续延", .extends),
            // Verbs that govern no citation.
            ("强调", .cites), ("表示", .cites), ("谴责", .cites), ("请秘书长", .cites), ("决定", .cites), ("吁请", .cites),
            ("促请", .cites), ("鼓励", .cites), ("确认", .cites), ("认识到", .cites), ("敦促", .cites), ("要求", .cites),
            ("授权", .cites), ("邀请", .cites), ("申明", .cites), ("关切", .cites), ("特别指出", .cites), ("着重指出", .cites),
            ("认为", .cites), ("断定", .cites), ("采取行动", .cites), ("赞扬", .cites), ("支持", .cites),
        ],
        localCues: [
            ("根据", .pursuantTo), ("按照", .pursuantTo), ("依照", .pursuantTo), ("依据", .pursuantTo), ("遵照", .pursuantTo),
            ("依循", .pursuantTo), ("符合", .pursuantTo),
        ],
        inclusionWords: ["包括", "特别是", "尤其是"], localReach: 48,
        determiners: [],
        resolutionWords: ["决议"],
        resolutionSuffixes: ["号决议"],
        resolutionPrefixes: ["第"],
        resolutionBodies: [("大会", "A/RES"), ("人权理事会", "A/HRC/RES"), ("经济及社会理事会", "E/RES"), ("经社理事会", "E/RES")],
        listWords: ["、", "和", "及", "以及", "与", "号决议", "第"],
        themeIntroducers: ["关于", "有关"],
        themes: [
            ("妇女与和平与安全", "women, peace and security"),
            ("妇女、和平与安全", "women, peace and security"),
            ("青年与和平与安全", "youth, peace and security"),
            ("青年、和平与安全", "youth, peace and security"),
            ("儿童与武装冲突", "children and armed conflict"),
            ("儿童和武装冲突", "children and armed conflict"),
            ("武装冲突中保护平民", "protection of civilians in armed conflict"),
            ("保护平民", "protection of civilians in armed conflict"),
            ("维持和平", "peacekeeping"),
            ("安全部门改革", "security sector reform"),
        ],
        themesPrecede: true,
        themeListBreaks: ["以及"],
        pinpointWords: [],
        pinpointLinks: [],
        reportWords: ["报告"],
        letterWords: ["信", "函"],
        nonResolutionWords: []
    )
}
