/// One of the six official languages of the United Nations.
///
/// The raw value is the ISO 639-1 code used in output (`"en"`, `"fr"`, …).
public enum Language: String, Sendable, Codable, CaseIterable, Comparable {
    case arabic = "ar"
    case chinese = "zh"
    case english = "en"
    case french = "fr"
    case russian = "ru"
    case spanish = "es"

    /// The ISO 639-1 code, as written in JSON output.
    public var code: String { rawValue }

    /// The English name of the language, as the UN writes it ("Arabic", "Chinese", …).
    public var name: String {
        switch self {
        case .arabic: "Arabic"
        case .chinese: "Chinese"
        case .english: "English"
        case .french: "French"
        case .russian: "Russian"
        case .spanish: "Spanish"
        }
    }

    /// Reads a language from an ISO 639-1 or 639-2 code (`"en"`, `"eng"`, `"fra"`, `"zho"`, `"chi"`)
    /// or an English name (`"French"`), case-insensitively.
    public init?(identifier: String) {
        switch identifier.lowercased() {
        case "ar", "ara", "arabic": self = .arabic
        case "zh", "zho", "chi", "chinese": self = .chinese
        case "en", "eng", "english": self = .english
        case "fr", "fra", "fre", "french": self = .french
        case "ru", "rus", "russian": self = .russian
        case "es", "spa", "spanish": self = .spanish
        default: return nil
        }
    }

    public static func < (lhs: Language, rhs: Language) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
