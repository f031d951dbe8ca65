/// Detects which of the six UN languages a text is written in, from its script and, for texts in
/// Latin script, its function words.
///
/// Arabic script → Arabic, Han → Chinese, Cyrillic → Russian; Latin script is English, French or
/// Spanish by counts of common function words (`the`/`of`/`and`, `le`/`des`/`et`, `el`/`los`/`y`).
public enum LanguageDetector {
    /// The language of most of the text, or nil when the text holds no letters.
    public static func detect(_ text: some StringProtocol) -> Language? {
        var arabic = 0, han = 0, cyrillic = 0, latin = 0
        for scalar in text.unicodeScalars.prefix(4000) {
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
        return latinLanguage(text.prefix(3000))
    }

    private static func keys(_ words: [String]) -> Set<UInt64> {
        Set(words.compactMap { pack(Array($0.utf8)) })
    }

    /// Up to eight bytes packed into an integer: a cheap key for short function words.
    private static func pack(_ bytes: some Collection<UInt8>) -> UInt64? {
        guard bytes.count <= 8 else { return nil }
        var value: UInt64 = 0
        for byte in bytes { value = value << 8 | UInt64(byte) }
        return value
    }

    private static let english = keys(["the", "of", "and", "to", "its", "that", "for", "with", "on", "by", "is", "all", "which"])
    private static let french = keys(["le", "les", "des", "et", "du", "à", "sur", "pour", "dans", "au", "aux", "une", "est", "qui"])
    private static let spanish = keys(["el", "los", "las", "y", "del", "por", "para", "con", "su", "sus", "una", "al", "que"])

    private static func latinLanguage(_ text: some StringProtocol) -> Language {
        var english = 0, french = 0, spanish = 0
        var word: UInt64 = 0
        var length = 0
        func finish() {
            if length > 0, length <= 8 {
                if Self.english.contains(word) { english += 1 }
                if Self.french.contains(word) { french += 1 }
                if Self.spanish.contains(word) { spanish += 1 }
            }
            word = 0
            length = 0
        }
        for byte in text.utf8 {
            // ASCII letters (lower-cased) and the bytes of accented letters form words.
            if (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80 {
                word = word << 8 | UInt64(byte)
                length += 1
            } else if byte >= 0x41 && byte <= 0x5A {
                word = word << 8 | UInt64(byte | 0x20)
                length += 1
            } else {
                finish()
            }
        }
        finish()
        if french > english, french >= spanish { return .french }
        if spanish > english, spanish > french { return .spanish }
        return .english
    }
}
