/// How a document cites another, read from the verb that governs the clause holding the citation.
public enum Relation: String, Sendable, Codable, CaseIterable, Comparable {
    /// "Recalling its resolution 2436 (2018)".
    case recalls
    /// "Reaffirming …", "Reiterating …".
    case reaffirms
    /// "pursuant to", "in accordance with", "in line with", "as per", "established by/under".
    case pursuantTo
    /// "Taking note of the report (S/2020/476)".
    case takesNoteOf
    /// "Welcoming …", "Welcomes …".
    case welcomes
    /// "Endorses …".
    case endorses
    /// Mandate renewals: "Decides to extend the mandate … as set out in resolution 2480 (2019)".
    case extends
    /// Any other citation.
    case cites

    public static func < (lhs: Relation, rhs: Relation) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
