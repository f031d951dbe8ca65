/// Makes URL attribute values safe for Graphviz's SVG renderer.
///
/// Graphviz 2.42 copies `URL`/`href` values into `xlink:href="…"` without XML-escaping `&`, `<`,
/// `>` or `"`, so `https://x.org/?a=1&b=2` yields invalid XML. Characters a URL may not hold raw
/// are percent-encoded and `&` (legal in query strings) becomes `&amp;`, which Graphviz passes
/// through untouched and XML parsers read back as `&`.
enum URLEscaping {
    /// The attributes Graphviz writes as links.
    static let urlAttributes: Set<String> = [
        "URL", "href", "edgeURL", "edgehref", "headURL", "headhref", "tailURL", "tailhref", "labelURL", "labelhref",
    ]

    /// True when the attribute `name` holds a URL.
    static func isURLAttribute(_ name: String) -> Bool { urlAttributes.contains(name) }

    /// `url` with `&` as `&amp;` (unless already so) and everything outside RFC 3986's character set
    /// (space, quotes, angle brackets, non-ASCII, controls, …) percent-encoded as UTF-8.
    static func escape(_ url: String) -> String {
        let bytes = Array(url.utf8)
        var result = ""
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "&") {
                let ahead = bytes[index...].prefix(5)
                if ahead.elementsEqual("&amp;".utf8) {
                    result += "&amp;"
                    index += 5
                } else {
                    result += "&amp;"
                    index += 1
                }
                continue
            }
            if isAllowed(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + hexDigits(byte)
            }
            index += 1
        }
        return result
    }

    private static func isAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            // Unreserved, reserved (gen-delims and sub-delims minus & and '), and % of existing escapes.
            return "-._~:/?#[]@!$()*+,;=%".utf8.contains(byte)
        }
    }

    private static func hexDigits(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        return String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]], as: UTF8.self)
    }
}
