import CitegraphCitations
import CitegraphDocuments

/// Places the citations the extractor flagged as suspect: a Security Council resolution is one
/// document whatever year a text wrote beside its number, and a document cannot cite a resolution
/// adopted after it.
///
/// - A written year that contradicts the year table (`resolution 2312 (2106)`, a typing error in the
///   UN's own text) is corrected to the table's year, so the citation joins the node of the document it
///   names; the quote keeps what was written.
/// - A resolution the table puts after the citing document's year (`resolution 181` in a 1948 text
///   is the General Assembly's 181 (II), not the Council's of 1963) is left out of the graph.
struct SuspectCitationResolver {
    /// The table that numbers the Council's resolutions by year.
    let table: ResolutionYearTable

    /// What became of one citation.
    enum Outcome {
        case kept(Citation)
        case corrected(Citation)
        case leftOut
    }

    /// The citation as the graph places it.
    func resolve(_ citation: Citation) -> Outcome {
        guard citation.suspect, let number = citation.target.resolutionNumber, let adopted = table.year(ofResolution: number) else {
            return .kept(citation)
        }
        if let citingYear = citation.source?.year, adopted > citingYear { return .leftOut }
        guard citation.target.year != adopted else { return .kept(citation) }
        var corrected = citation
        corrected.target = .securityCouncilResolution(number, year: adopted)
        return .corrected(corrected)
    }
}
