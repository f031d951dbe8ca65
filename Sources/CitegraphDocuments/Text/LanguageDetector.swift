/// Detects which of the six UN languages a text is written in, from its script and, for texts in
/// Latin script, its function words.
///
/// Arabic script → Arabic, Han → Chinese, Cyrillic → Russian; Latin script is English, French or
/// Spanish by counts of common function words (`the`/`of`/`and`, `le`/`des`/`et`, `el`/`los`/`y`).
public enum LanguageDetector {
    /// The language of most of the text, or nil when the text holds no letters.
    public static func detect(_ text: some StringProtocol) -> Language? {
        var arabic = 0, han = 0, cyrillic = 0, latin = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0600...0x06FF, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFF: arabic += 1
            case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: han += 2  // one character is about a word
            case 0x0400...0x04FF: cyrillic += 1
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: latin += 1
            default: continue
            }
        }
        let best = max(arabic, han, cyrillic, latin)
        guard best > 0 else { return nil }
        if best == arabic { return .arabic }
        if best == han { return .chinese }
        if best == cyrillic { return .russian }
        return latinLanguage(text)
    }

    private static let english: Set<Substring> = ["the", "of", "and", "to", "its", "that", "for", "with", "on", "by", "is", "all", "which"]
    private static let french: Set<Substring> = ["le", "les", "des", "et", "du", "à", "sur", "pour", "dans", "au", "aux", "une", "est", "qui"]
    private static let spanish: Set<Substring> = ["el", "los", "las", "y", "del", "por", "para", "con", "su", "sus", "una", "al", "que"]

    private static func latinLanguage(_ text: some StringProtocol) -> Language {
        var counts = [Language.english: 0, .french: 0, .spanish: 0]
        let lowered = text.lowercased()
        for word in lowered.split(whereSeparator: { !$0.isLetter }) {
            if english.contains(word) { counts[.english, default: 0] += 1 }
            if french.contains(word) { counts[.french, default: 0] += 1 }
            if spanish.contains(word) { counts[.spanish, default: 0] += 1 }
        }
        let english = counts[.english] ?? 0, french = counts[.french] ?? 0, spanish = counts[.spanish] ?? 0
        if french > english, french >= spanish { return .french }
        if spanish > english, spanish > french { return .spanish }
        return .english
    }
}
