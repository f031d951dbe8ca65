extension Lexicon {
    /// Arabic: `القرار 2553 (2020)`, `القرارات … و …`, `إذ يشير`, `إذ يعيد تأكيد`, `عملا ب`, `وفقا ل`.
    ///
    /// Conjunctions and prepositions attach to words (`وإذ`, `بالقرار`), so phrases are matched
    /// anywhere, not only at a word's start. PDF extraction may reverse a citation: `(2020) 2518`.
    public static let arabic = Lexicon(
        language: .arabic, matchesWordStarts: false,
        relationCues: [
            ("إذ يشير", .recalls), ("يشير", .recalls), ("إذ يذكر", .recalls), ("يذكر", .recalls),
            ("إذ يستذكر", .recalls), ("يستذكر", .recalls),
            ("إذ يعيد تأكيد", .reaffirms), ("يعيد تأكيد", .reaffirms), ("يؤكد من جديد", .reaffirms),
            ("يؤكد مجددا", .reaffirms), ("يكرر", .reaffirms), ("إذ يكرر", .reaffirms),
            ("يحيط علما", .takesNoteOf), ("يحيط علماً", .takesNoteOf), ("إذ يحيط علما", .takesNoteOf), ("يلاحظ", .takesNoteOf),
            ("إذ يلاحظ", .takesNoteOf),
            ("إذ يرحب", .welcomes), ("يرحب", .welcomes),
            ("يؤيد", .endorses), ("إذ يؤيد", .endorses),
            ("يمدد", .extends), ("تمديد", .extends), ("يجدد", .extends), ("تجديد", .extends),
            // Verbs that govern no citation.
            ("يشدد", .cites), ("يؤكد", .cites), ("يعرب", .cites), ("يدين", .cites), ("يطلب", .cites), ("يقرر", .cites),
            ("يهيب", .cites), ("يحث", .cites), ("يشجع", .cites), ("يسلم", .cites), ("يدعو", .cites), ("يأذن", .cites),
            ("يطالب", .cites), ("يضع في اعتباره", .cites), ("يدرك", .cites), ("يثني", .cites), ("يعترف", .cites),
            ("يتصرف", .cites), ("يقر", .cites), ("يبرز", .cites), ("يوصي", .cites), ("يعتبر", .cites),
        ],
        localCues: [
            ("عملا ب", .pursuantTo), ("عملاً ب", .pursuantTo), ("وفقا ل", .pursuantTo), ("وفقاً ل", .pursuantTo),
            ("وفق", .pursuantTo), ("طبقا ل", .pursuantTo), ("طبقاً ل", .pursuantTo), ("بموجب", .pursuantTo),
            ("تماشيا مع", .pursuantTo), ("تماشياً مع", .pursuantTo), ("تمشيا مع", .pursuantTo), ("تمشياً مع", .pursuantTo),
            ("بما يتماشى مع", .pursuantTo), ("بما يتسق مع", .pursuantTo), ("اتساقا مع", .pursuantTo),
            ("على النحو المطلوب في", .pursuantTo), ("المنشأ", .pursuantTo), ("المنشأة", .pursuantTo),
            ("الممدد", .extends),
        ],
        inclusionWords: ["بما في ذلك", "ولا سيما", "بما فيها"], localReach: 64,
        determiners: [],
        resolutionWords: ["قرار", "قراره", "قراريه", "قرارات", "قراراته", "قرارين", "قراري"],
        resolutionBodies: [
            ("الجمعية العامة", "A/RES"), ("الجمعية العامة ومجلس الأمن", "A/RES"), ("الجمعية العامة للأمم المتحدة", "A/RES"), ("مجلس حقوق الإنسان", "A/HRC/RES"), ("المجلس الاقتصادي والاجتماعي", "E/RES"),
        ],
        listWords: ["و", "كذلك", "وكذلك", "ولا سيما", "بما في ذلك", "أيضا"],
        themeIntroducers: ["بشأن", "المتعلقة ب", "المتعلق ب"],
        themes: [
            ("المرأة والسلام والأمن", "women, peace and security"),
            ("الشباب والسلام والأمن", "youth, peace and security"),
            ("الأطفال والنزاع المسلح", "children and armed conflict"),
            ("الأطفال والنزاعات المسلحة", "children and armed conflict"),
            ("حماية المدنيين في النزاع المسلح", "protection of civilians in armed conflict"),
            ("حماية المدنيين في النزاعات المسلحة", "protection of civilians in armed conflict"),
            ("حماية المدنيين", "protection of civilians in armed conflict"),
            ("حفظ السلام", "peacekeeping"),
            ("إصلاح قطاع الأمن", "security sector reform"),
        ],
        themeListBreaks: ["وكذلك", "كذلك", "فضلا عن"],
        pinpointWords: ["الفقرة", "الفقرتين", "الفقرات", "المرفق"],
        pinpointLinks: ["من"],
        reportWords: ["تقرير", "التقرير", "تقارير"],
        letterWords: ["رسالة", "الرسالة", "رسالتي", "رسائل"],
        nonResolutionWords: ["المادة", "الاتفاقية", "البروتوكول"]
    )
}
