extension Lexicon {
    /// Spanish: for now the English lexicon's structure with no words of its own (filled in issue 4).
    public static let spanish = Lexicon(
        language: .spanish, relationCues: [], localCues: [], determiners: [], resolutionWords: [], resolutionBodies: [], listWords: [],
        themeIntroducers: [], themes: [], pinpointWords: [], pinpointLinks: [], reportWords: [], letterWords: [],
        nonResolutionWords: [])
}
