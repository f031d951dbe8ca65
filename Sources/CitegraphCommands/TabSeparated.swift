/// Tab-separated output: one record per line, a header line first.
public enum TabSeparated {
    /// A field with tabs and line breaks replaced by spaces, so that every record stays on one line.
    public static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" }) else { return text }
        return String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
