/// Analyses of the citation graph (implemented in issue 5).
public enum CitationAnalysisModule {}
