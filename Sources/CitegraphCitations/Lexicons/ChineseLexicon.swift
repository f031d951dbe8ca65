extension Lexicon {
    /// Chinese: for now the English lexicon's structure with no words of its own (filled in issue 4).
    public static let chinese = Lexicon(
        language: .chinese, relationCues: [], localCues: [], determiners: [], resolutionWords: [], resolutionBodies: [], listWords: [],
        themeIntroducers: [], themes: [], pinpointWords: [], pinpointLinks: [], reportWords: [], letterWords: [],
        nonResolutionWords: [])
}
