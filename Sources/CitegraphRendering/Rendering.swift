/// Citation diagrams (implemented in issue 6).
public enum CitationRenderingModule {}
