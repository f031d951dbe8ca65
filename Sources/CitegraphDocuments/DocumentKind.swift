/// What kind of UN document a symbol or a file stands for.
public enum DocumentKind: String, Sendable, Codable, CaseIterable, Comparable {
    /// A Security Council resolution, `S/RES/2518 (2020)`.
    case securityCouncilResolution
    /// A statement by the President of the Security Council, `S/PRST/2018/10`.
    case presidentialStatement
    /// A General Assembly resolution, `A/RES/70/1` or `A/RES/2205 (XXI)`.
    case generalAssemblyResolution
    /// A report, typically of the Secretary-General, `S/2020/476`.
    case report
    /// A letter, such as the President's letter that transmits a resolution adopted in writing.
    case letter
    /// Any other document symbol (committee documents, notes, decisions, …).
    case other

    public static func < (lhs: DocumentKind, rhs: DocumentKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
