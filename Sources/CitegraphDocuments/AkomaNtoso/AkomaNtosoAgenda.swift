/// The agenda item of an Akoma Ntoso document, read from its classification keywords without parsing
/// the (skipped) `<classification>` element: `<keyword refersTo="agenda" value="X" showAs="Peace
/// consolidation in West Africa." dictionary="S/">` is the Council's agenda item; the others
/// (`dictionary="S/72"`, `showAs="GAMBIA--POLITICAL CONDITIONS"`) are index headings, used only when
/// no item is given.
enum AkomaNtosoAgenda {
    /// The agenda item, without its final full stop, or nil.
    static func item(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let marker = Array("<keyword refersTo=\"agenda\"".utf8)
        var fallback: String?
        var index = 0
        while let start = find(marker, in: bytes, from: index) {
            var end = start + marker.count
            while end < bytes.count, bytes[end] != UInt8(ascii: ">") { end += 1 }
            let tag = UnsafeBufferPointer(rebasing: bytes[start..<end])
            index = end
            guard let shown = attribute("showAs", in: tag), !shown.isEmpty else { continue }
            if attribute("dictionary", in: tag) == "S/" { return trimmed(shown) }
            fallback = fallback ?? trimmed(shown)
        }
        return fallback
    }

    private static func trimmed(_ text: String) -> String {
        var result = SpaceNormalizer.normalize(text)
        while result.last == "." || result.last == " " { result.removeLast() }
        return result
    }

    /// The decoded value of `name="…"` in a tag.
    private static func attribute(_ name: String, in tag: UnsafeBufferPointer<UInt8>) -> String? {
        let needle = Array((" " + name + "=\"").utf8)
        guard let start = find(needle, in: tag, from: 0) else { return nil }
        var end = start + needle.count
        while end < tag.count, tag[end] != UInt8(ascii: "\"") { end += 1 }
        return MarkupEntities.decode(UnsafeBufferPointer(rebasing: tag[(start + needle.count)..<end]))
    }

    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var index = from
        let last = bytes.count - needle.count
        while index <= last {
            if bytes[index] == first {
                var offset = 1
                while offset < needle.count, bytes[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return index }
            }
            index += 1
        }
        return nil
    }
}
