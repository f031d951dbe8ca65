import CitegraphDocuments

/// Compares the citations of each document's language versions.
public enum LanguageVersionCrossCheck {
    /// The citations that some language versions of a document make and others do not.
    ///
    /// - Parameters:
    ///   - citations: citation occurrences from any number of documents and languages.
    ///   - versions: the languages each document was read in; a document read in one language only
    ///     has nothing to compare and yields no difference. Documents absent here are compared over
    ///     the languages their citations show, which misses versions that cite nothing.
    /// - Returns: the differences, ordered by document, then target.
    public static func differences(
        in citations: [Citation], versions: [DocumentSymbol: Set<Language>] = [:]
    ) -> [LanguageVersionDifference] {
        var cited: [DocumentSymbol: [DocumentSymbol: Set<Language>]] = [:]
        var seen: [DocumentSymbol: Set<Language>] = versions
        for citation in citations {
            guard let source = citation.source, citation.target != source else { continue }
            cited[source, default: [:]][citation.target, default: []].insert(citation.language)
            seen[source, default: []].insert(citation.language)
        }
        var differences: [LanguageVersionDifference] = []
        for source in cited.keys.sorted() {
            let languages = seen[source] ?? []
            guard languages.count > 1, let targets = cited[source] else { continue }
            for target in targets.keys.sorted() {
                let citing = targets[target] ?? []
                let missing = languages.subtracting(citing)
                guard !missing.isEmpty else { continue }
                differences.append(
                    LanguageVersionDifference(
                        document: source, target: target, citedIn: citing.sorted(), missingIn: missing.sorted()))
            }
        }
        return differences
    }
}
