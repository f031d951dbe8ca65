/// The value of a Graphviz attribute.
public enum GraphvizValue: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// An ordinary string. Graphviz reads some attributes (`label`, `tooltip`, …) as escString, in
    /// which `\N`, `\n`, `\l` and `\\` mean something: escaping is the caller's business.
    case text(String)
    /// An HTML-like label, without the enclosing angle brackets (`<b>x</b>`, `<table>…</table>`).
    case html(String)

    public init(stringLiteral value: String) { self = .text(value) }

    /// The text of the value, whichever its kind.
    public var string: String {
        switch self {
        case .text(let text), .html(let text): text
        }
    }

    public var description: String {
        switch self {
        case .text(let text): text
        case .html(let text): "<\(text)>"
        }
    }
}
