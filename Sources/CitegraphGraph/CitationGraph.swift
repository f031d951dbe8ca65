/// The citation graph (implemented in issue 5).
public enum CitationGraphModule {}
